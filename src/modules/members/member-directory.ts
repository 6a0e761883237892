// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import type { DirectoryMemberType } from 'src/modules/members/dto/directory-member.type';
import type { MemberEntity } from 'src/modules/members/member.entity';

/**
 * Roles the directory shows to every member: the ones a member needs to pick a recipient or an
 * assignee (experts answer for authorities, contacts speak for their organisation, moderators
 * review). ADMIN is left out: who administers the platform is an operator matter, and a public
 * list of admins is a list of phishing targets. Admins see every role.
 */
export const DIRECTORY_ROLES: readonly Role[] = [Role.EXPERT, Role.ORG_CONTACT, Role.MODERATOR];

/** What one viewer sees of one member in the directory. */
export function directoryEntry(member: MemberEntity, viewer: Viewer): DirectoryMemberType {
  const self = member.id === viewer.memberId;
  return {
    id: member.id,
    displayName: member.displayName,
    organisationId: member.organisationId,
    roles: (hasRole(viewer, Role.ADMIN)
      ? [...member.roles]
      : member.roles.filter((role) => DIRECTORY_ROLES.includes(role))
    ).sort(),
    email: self || member.showEmailInDirectory ? member.email : null,
  };
}

/** The words of a directory query, with LIKE's wildcards taken literally. */
export function directoryPatterns(query: string): string[] {
  return query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 5)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
