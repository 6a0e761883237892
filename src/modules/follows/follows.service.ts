// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { CasesService } from 'src/modules/cases/cases.service';
import { CountriesService } from 'src/modules/countries/countries.service';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import { FollowEntity } from 'src/modules/follows/follow.entity';
import type { FollowInput, UnfollowInput } from 'src/modules/follows/dto/follow.inputs';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import { QuestionsService } from 'src/modules/questions/questions.service';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { isUuid } from 'src/common/uuid';

/** Following topics, countries, questions and cases (DOMAIN §9). */
@Injectable()
export class FollowsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly topics: TopicsService,
    private readonly countries: CountriesService,
    private readonly cases: CasesService,
    private readonly questions: QuestionsService,
    private readonly guidelines: GuidelinesService,
  ) {}

  /** Follows (or changes the frequency of a follow); one follow per member and target. */
  async follow(viewer: Viewer, input: FollowInput): Promise<FollowEntity> {
    return this.tx.run(async (manager) => {
      const targetId = await this.validTarget(viewer, input.targetType, input.targetId);
      await manager.query(
        `INSERT INTO follow (member_id, target_type, target_id, frequency) VALUES ($1, $2, $3, $4)
         ON CONFLICT (member_id, target_type, target_id) DO UPDATE SET frequency = EXCLUDED.frequency`,
        [viewer.memberId, input.targetType, targetId, input.frequency],
      );
      return (await manager.findOneBy(FollowEntity, {
        memberId: viewer.memberId,
        targetType: input.targetType,
        targetId,
      }))!;
    });
  }

  async unfollow(viewer: Viewer, input: UnfollowInput): Promise<boolean> {
    const targetId =
      input.targetType === FollowTargetType.COUNTRY
        ? input.targetId.toUpperCase()
        : input.targetType === FollowTargetType.TOPIC && !isUuid(input.targetId)
          ? ((await this.topics.bySlug(input.targetId))?.id ?? null)
          : input.targetType === FollowTargetType.GUIDELINE && !isUuid(input.targetId)
            ? ((await this.guidelines.bySlug(viewer, input.targetId).catch(() => null))?.id ?? null)
            : input.targetId.toLowerCase();
    if (targetId === null) return false;
    const result = await this.tx.manager.delete(FollowEntity, {
      memberId: viewer.memberId,
      targetType: input.targetType,
      targetId,
    });
    return (result.affected ?? 0) > 0;
  }

  /** Deletes every follow of a deleted member, inside the caller's transaction. */
  async forgetMember(memberId: string): Promise<void> {
    await this.tx.manager.delete(FollowEntity, { memberId });
  }

  mine(viewer: Viewer): Promise<FollowEntity[]> {
    return this.tx.manager.find(FollowEntity, {
      where: { memberId: viewer.memberId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /**
   * The titles of followed cases and questions, as the viewer may read them (through each
   * feature's ContentAccess-checked `readableByIds`): one query per kind however many follows
   * ask. Keyed by `TYPE:id`; an unreadable or deleted item, a topic or a country has no entry.
   */
  async readableTitles(
    viewer: Viewer,
    follows: readonly Pick<FollowEntity, 'targetType' | 'targetId'>[],
  ): Promise<Map<string, string>> {
    const idsOf = (type: FollowTargetType) =>
      follows.filter((f) => f.targetType === type && isUuid(f.targetId)).map((f) => f.targetId);
    const caseIds = idsOf(FollowTargetType.CASE);
    const questionIds = idsOf(FollowTargetType.QUESTION);
    const guidelineIds = idsOf(FollowTargetType.GUIDELINE);
    const [cases, questions, guidelines] = await Promise.all([
      caseIds.length ? this.cases.readableByIds(viewer, caseIds) : [],
      questionIds.length ? this.questions.readableByIds(viewer, questionIds) : [],
      this.guidelines.latestPublished(guidelineIds),
    ]);
    return new Map([
      ...cases.map((c) => [followKey(FollowTargetType.CASE, c.id), c.title] as const),
      ...questions.map((q) => [followKey(FollowTargetType.QUESTION, q.id), q.title] as const),
      // Every member reads a published guideline; its title is the newest version's.
      ...[...guidelines.values()].map(
        (v) =>
          [
            followKey(FollowTargetType.GUIDELINE, v.guidelineId),
            viewer.locale === 'EN' ? v.titleEn : v.titleSv,
          ] as const,
      ),
    ]);
  }

  /** Members following any of these targets at a frequency, for routing and digests. */
  async followers(
    targets: readonly { type: FollowTargetType; id: string }[],
    frequency: FollowFrequency,
  ): Promise<string[]> {
    if (targets.length === 0) return [];
    const rows: { member_id: string }[] = await this.tx.manager.query(
      `SELECT DISTINCT member_id FROM follow
        WHERE frequency = $1
          AND (target_type::text, target_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [frequency, targets.map((t) => t.type), targets.map((t) => t.id)],
    );
    return rows.map((r) => r.member_id);
  }

  followsOf(memberIds: readonly string[], frequency: FollowFrequency): Promise<FollowEntity[]> {
    return memberIds.length
      ? this.tx.manager.find(FollowEntity, {
          where: { memberId: In([...memberIds]), frequency },
        })
      : Promise.resolve([]);
  }

  /**
   * The canonical id of a target the viewer may follow: an existing topic (by id or slug), an
   * ISO country, or a question or case the viewer may read (NOT_FOUND otherwise, as for reads).
   */
  private async validTarget(viewer: Viewer, type: FollowTargetType, id: string): Promise<string> {
    const badTarget = (message: string) =>
      Errors.badInput(message, [{ field: 'targetId', message }]);
    switch (type) {
      case FollowTargetType.COUNTRY:
        return this.countries.requireCodes([id], 'targetId')[0]!;
      case FollowTargetType.TOPIC: {
        // By id or by slug: slugs are what saved links and filters use (DOMAIN §5).
        const topic = isUuid(id)
          ? ((await this.topics.byIds([id.toLowerCase()]))[0] ?? null)
          : await this.topics.bySlug(id);
        if (!topic) throw badTarget(`"${id}" is not a topic`);
        return topic.id;
      }
      case FollowTargetType.CASE:
        if (!isUuid(id)) throw Errors.notFound('Case');
        return (await this.cases.get(viewer, id.toLowerCase())).id;
      case FollowTargetType.QUESTION:
        if (!isUuid(id)) throw Errors.notFound('Question');
        return (await this.questions.get(viewer, id.toLowerCase())).id;
      case FollowTargetType.GUIDELINE:
        // By id or by slug; only a guideline with a published version can be followed.
        return (
          isUuid(id)
            ? await this.guidelines.byId(viewer, id.toLowerCase())
            : await this.guidelines.bySlug(viewer, id)
        ).id;
    }
  }
}

/** One followed target as a loader key. */
export function followKey(type: FollowTargetType, id: string): string {
  return `${type}:${id}`;
}
