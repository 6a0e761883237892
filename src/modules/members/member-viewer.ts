// SPDX-License-Identifier: EUPL-1.2
import type { Viewer } from 'src/graph/auth/viewer';
import type { MemberEntity } from 'src/modules/members/member.entity';

/**
 * A member as the access policy sees them, for work done on their behalf outside a request
 * (notifications, digests, seeding). `sessionId` names the purpose; no session exists.
 */
export function viewerOf(member: MemberEntity, purpose: string): Viewer {
  return {
    memberId: member.id,
    organisationId: member.organisationId,
    roles: member.roles,
    locale: member.locale,
    sessionId: purpose,
  };
}
