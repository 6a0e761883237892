// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import { selectDigestItems } from 'src/modules/digests/digest-selection';
import {
  DigestsRepository,
  type DigestItem,
  type FollowedTargets,
} from 'src/modules/digests/digests.repository';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import type { FollowEntity } from 'src/modules/follows/follow.entity';
import { FollowsService } from 'src/modules/follows/follows.service';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { viewerOf } from 'src/modules/members/member-viewer';
import { MembersService } from 'src/modules/members/members.service';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { NotificationsService } from 'src/modules/notifications/notifications.service';

/** Why a member of the batch gets no digest. */
export type DigestSkip = 'NOTHING_NEW' | 'EMAIL_OFF' | 'NOT_FOLLOWING' | 'INACTIVE';

export interface PlannedDigest {
  member: MemberEntity;
  items: DigestItem[];
}

export interface DigestPlan {
  /** Members with something to read, in the batch's order. */
  digests: PlannedDigest[];
  skipped: Record<DigestSkip, number>;
}

/**
 * Works out what each member of a batch should get, with a fixed number of queries however
 * large the batch: the members, their follows, their e-mail choice, and the window's items
 * (`DigestsRepository.windowCandidates`); the rest is matching in memory. Sending is the
 * processor's job.
 */
@Injectable()
export class DigestPlanner {
  constructor(
    private readonly access: ContentAccess,
    private readonly repository: DigestsRepository,
    private readonly members: MembersService,
    private readonly follows: FollowsService,
    private readonly notifications: NotificationsService,
  ) {}

  async plan(window: DigestWindow, memberIds: readonly string[]): Promise<DigestPlan> {
    const skipped: Record<DigestSkip, number> = {
      NOTHING_NEW: 0,
      EMAIL_OFF: 0,
      NOT_FOLLOWING: 0,
      INACTIVE: 0,
    };
    const [members, follows, wantEmail] = await Promise.all([
      this.members.findByIds(memberIds),
      this.follows.followsOf(memberIds, FollowFrequency[window.period]).then(targetsByMember),
      this.notifications.emailRecipients(NotificationKind.DIGEST, memberIds),
    ]);
    const readers: { member: MemberEntity; follows: FollowedTargets }[] = [];
    for (const member of members) {
      if (!member) continue;
      const targets = follows.get(member.id);
      if (member.status !== MemberStatus.ACTIVE) skipped.INACTIVE += 1;
      // Unfollowed since the run picked the members.
      else if (!targets) skipped.NOT_FOLLOWING += 1;
      else if (!wantEmail.has(member.id)) skipped.EMAIL_OFF += 1;
      else readers.push({ member, follows: targets });
    }
    if (readers.length === 0) return { digests: [], skipped };

    const candidates = await this.repository.windowCandidates(window, {
      questionIds: [...new Set(readers.flatMap((r) => r.follows.questionIds))],
      caseIds: [...new Set(readers.flatMap((r) => r.follows.caseIds))],
      guidelineIds: [...new Set(readers.flatMap((r) => r.follows.guidelineIds))],
    });
    const digests: PlannedDigest[] = [];
    for (const { member, follows: targets } of readers) {
      const viewer = viewerOf(member, 'notification');
      const items = selectDigestItems(this.access, viewer, targets, candidates);
      if (items.length === 0) skipped.NOTHING_NEW += 1;
      else digests.push({ member, items });
    }
    return { digests, skipped };
  }
}

/** Which list of a member's followed targets each kind of follow goes into. */
const TARGET_LIST: Record<FollowTargetType, keyof FollowedTargets> = {
  [FollowTargetType.TOPIC]: 'topicIds',
  [FollowTargetType.COUNTRY]: 'countryCodes',
  [FollowTargetType.QUESTION]: 'questionIds',
  [FollowTargetType.CASE]: 'caseIds',
  [FollowTargetType.GUIDELINE]: 'guidelineIds',
};

function targetsByMember(follows: readonly FollowEntity[]): Map<string, FollowedTargets> {
  const byMember = new Map<string, FollowedTargets>();
  for (const follow of follows) {
    let targets = byMember.get(follow.memberId);
    if (!targets) {
      targets = { topicIds: [], countryCodes: [], questionIds: [], caseIds: [], guidelineIds: [] };
      byMember.set(follow.memberId, targets);
    }
    targets[TARGET_LIST[follow.targetType]].push(follow.targetId);
  }
  return byMember;
}
