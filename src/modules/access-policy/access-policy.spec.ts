// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';

/**
 * Deny is the default (DOMAIN §2): test/integration/access-policy.int-spec.ts holds the rule
 * for every level the enum names; here, a level it does not (a row written by a newer version
 * during a rolling deploy, a value mistyped in a migration) is read by nobody but its author.
 */
describe('AccessPolicy, a sharing level the rules do not name', () => {
  const policy = new AccessPolicy();
  const organisation = randomUUID();
  const author = randomUUID();
  const member = (organisationId: string, roles: Role[] = [Role.MEMBER]): Viewer => ({
    memberId: randomUUID(),
    organisationId,
    roles,
    sessionId: randomUUID(),
    locale: 'EN',
  });
  const item = {
    sharingLevel: 'WHITE' as SharingLevel,
    stage: 'LIVE' as const,
    authorId: author,
    authorOrganisationId: organisation,
    recipientOrganisationIds: [],
    recipientMemberIds: [],
  };

  it('is read by its author only, not by a colleague, a moderator or a visitor', () => {
    expect(policy.canRead({ ...member(organisation), memberId: author }, item)).toBe(true);
    expect(policy.inAudience(member(organisation), item)).toBe(false);
    expect(policy.canRead(member(organisation), item)).toBe(false);
    expect(policy.canRead(member(randomUUID(), [Role.MEMBER, Role.MODERATOR]), item)).toBe(false);
    expect(policy.canRead(null, item)).toBe(false);
  });
});
