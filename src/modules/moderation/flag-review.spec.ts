// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ContentType } from 'src/modules/content/content-type.enum';
import type { ContentFlagEntity } from 'src/modules/moderation/content-flag.entity';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';
import { flagsForReviewer, readsContent } from 'src/modules/moderation/flag-review';

const viewer = (...roles: Role[]): Viewer => ({
  memberId: 'reviewer',
  sessionId: 'session',
  organisationId: 'uhr',
  roles: [Role.MEMBER, ...roles],
  locale: 'EN',
});

const hiddenItem = (sharingLevel: SharingLevel): ContentRef => ({
  type: ContentType.CASE,
  id: 'case',
  attribution: Attribution.NAMED,
  title: 'A title',
  hidden: true,
  hiddenAt: new Date(),
  status: 'PUBLISHED',
  reviewRequestedAt: null,
  sharingLevel,
  authorId: 'author',
  authorOrganisationId: 'kth',
  recipientOrganisationIds: ['lund'],
  recipientMemberIds: ['reader'],
  stage: 'IN_MODERATION',
});

const flag = (reason: FlagReason, text: string | null): ContentFlagEntity =>
  ({ reason, text, createdAt: new Date(0) }) as ContentFlagEntity;

describe('flag review', () => {
  const access = new ContentAccess(new AccessPolicy());

  it.each([
    [SharingLevel.CLEAR, true],
    [SharingLevel.GREEN, true],
    [SharingLevel.AMBER, false],
    [SharingLevel.AMBER_STRICT, false],
    [SharingLevel.RED, false],
  ])('a moderator reads a hidden %s item in moderation: %s', (level, reads) => {
    expect(readsContent(access, viewer(Role.MODERATOR), hiddenItem(level))).toBe(reads);
  });

  it('an admin reads no item in moderation, at any level', () => {
    for (const level of Object.values(SharingLevel))
      expect(readsContent(access, viewer(Role.ADMIN), hiddenItem(level))).toBe(false);
  });

  it('shows the readers’ words only to a reviewer who may read the item', () => {
    const flags = [
      flag(FlagReason.OTHER, 'it names Anna Svensson'),
      flag(FlagReason.ABUSIVE, null),
      flag(FlagReason.OTHER, 'quotes the title'),
    ];
    const sut = (readable: boolean) => flagsForReviewer(flags, readable);
    expect(sut(false).openFlags.map((f) => f.text)).toEqual([null, null, null]);
    expect(sut(true).openFlags.map((f) => f.text)).toEqual([
      'it names Anna Svensson',
      null,
      'quotes the title',
    ]);
    expect(sut(false).flagReasonCounts).toEqual([
      { reason: FlagReason.OTHER, count: 2 },
      { reason: FlagReason.ABUSIVE, count: 1 },
    ]);
  });
});
