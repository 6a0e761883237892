// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { Locale } from 'src/modules/members/locale.enum';
import { directoryEntry, directoryPatterns } from 'src/modules/members/member-directory';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';

const member = (changes: Partial<MemberEntity> = {}): MemberEntity => ({
  id: 'm1',
  email: 'erik@example.org',
  displayName: 'Erik Expert',
  passwordHash: null,
  organisationId: 'o1',
  locale: Locale.SV,
  roles: [Role.MEMBER, Role.EXPERT, Role.ADMIN, Role.MODERATOR, Role.ORG_CONTACT],
  status: MemberStatus.ACTIVE,
  showEmailInDirectory: false,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...changes,
});

const viewer = (roles: Role[], memberId = 'v1'): Viewer => ({
  memberId,
  sessionId: 's1',
  organisationId: 'o1',
  roles,
  locale: 'SV',
});

describe(directoryEntry.name, () => {
  it('shows members the directory roles only, and no e-mail without opt-in', () => {
    expect(directoryEntry(member(), viewer([Role.MEMBER, Role.ORG_CONTACT]))).toEqual({
      id: 'm1',
      displayName: 'Erik Expert',
      organisationId: 'o1',
      roles: [Role.EXPERT, Role.MODERATOR, Role.ORG_CONTACT],
      email: null,
    });
  });

  it('shows admins every role but still no e-mail without opt-in', () => {
    const sut = directoryEntry(member(), viewer([Role.MEMBER, Role.ADMIN]));
    expect(sut.roles).toEqual([
      Role.ADMIN,
      Role.EXPERT,
      Role.MEMBER,
      Role.MODERATOR,
      Role.ORG_CONTACT,
    ]);
    expect(sut.email).toBeNull();
  });

  it('shows the e-mail when the member opted in, or to the member themself', () => {
    expect(
      directoryEntry(member({ showEmailInDirectory: true }), viewer([Role.MEMBER])).email,
    ).toBe('erik@example.org');
    expect(directoryEntry(member(), viewer([Role.MEMBER], 'm1')).email).toBe('erik@example.org');
  });
});

describe(directoryPatterns.name, () => {
  it('lower-cases each word and takes LIKE wildcards literally', () => {
    expect(directoryPatterns('  Anna  LIND ')).toEqual(['%anna%', '%lind%']);
    expect(directoryPatterns('50%_off\\')).toEqual(['%50\\%\\_off\\\\%']);
  });

  it('uses at most five words', () => {
    expect(directoryPatterns('a b c d e f g')).toHaveLength(5);
  });
});
