import { AsyncLocalStorage } from 'node:async_hooks';
import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { isCommunityLevel, type SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CASE_STAGE_SQL } from 'src/modules/cases/case-workflow';
import { DigestJob, type DigestBatchJob } from 'src/modules/digests/digest-jobs';
import type { DigestWindow } from 'src/modules/digests/digest-period';
import {
  DigestsRepository,
  type DigestItem,
  type FollowedTargets,
} from 'src/modules/digests/digests.repository';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import { FollowsService } from 'src/modules/follows/follows.service';
import { JobRegistry, type JobHandler } from 'src/modules/jobs/job-registry';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { EMAIL_BY_DEFAULT } from 'src/modules/notifications/notification-defaults';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { viewerOf } from 'src/modules/members/member-viewer';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { QUESTION_STAGE_SQL } from 'src/modules/questions/question-workflow';

/** What one batch learned up front, for the processor's per-member calls to find. */
interface BatchLookups {
  windowKey: string;
  wantsEmail: Map<string, boolean>;
  items: Map<string, DigestItem[]>;
  claimed: Set<string>;
}

interface WindowRow {
  kind: 'CASE' | 'QUESTION';
  id: string;
  sharing_level: SharingLevel;
  author_id: string;
  author_organisation_id: string;
  recipient_organisation_ids: string[];
  recipient_member_ids: string[];
  directed_to_ids: string[] | null;
  topic_ids: string[];
  country_codes: string[];
  title: string | null;
  text: string | null;
  at: Date;
}

/**
 * BENCH_BATCHED_LOOKUPS=1, a prototype of "one query per batch instead of per member", to
 * measure what it would save. Before the real `digests.batch` handler runs, one statement each
 * loads the batch's e-mail preferences and every live item of the window (restricted ones
 * without title or text, as `itemsFor` selects them), the items are matched to each member's
 * follows and filtered with `AccessPolicy.canRead` (the in-memory twin of `readableSql`, held
 * equal by the access-policy integration test), and one INSERT claims the delivery rows of
 * the members with news. The processor's per-member `wantsEmail`, `itemsFor` and `claim` are
 * then answered from that; its lock, send and mark-sent transaction is untouched. Members who
 * follow questions or cases (answers, case updates) fall back to the real query; the bench
 * has none.
 */
export function batchLookups(app: INestApplicationContext): void {
  const get = <T>(type: abstract new (...args: never[]) => T) => app.get(type, { strict: false });
  const [tx, policy, repository, members, follows, notifications] = [get(TransactionHost), get(AccessPolicy), get(DigestsRepository), get(MembersService), get(FollowsService), get(NotificationsService)] as const; // prettier-ignore
  const current = new AsyncLocalStorage<BatchLookups>();

  const registered = app.get(JobRegistry).handlerFor(DigestJob.Batch);
  if (!registered) throw new Error('No digests.batch handler');
  const handler: JobHandler = registered.handler;
  registered.handler = async (data, job) => {
    const lookups = await lookUp(data as DigestBatchJob);
    return current.run(lookups, () => handler(data, job));
  };

  const wantsEmail = notifications.wantsEmail.bind(notifications);
  notifications.wantsEmail = (memberId, kind) => {
    const known = current.getStore()?.wantsEmail.get(memberId);
    return kind === NotificationKind.DIGEST && known !== undefined
      ? Promise.resolve(known)
      : wantsEmail(memberId, kind);
  };
  const itemsFor = repository.itemsFor.bind(repository);
  repository.itemsFor = (viewer, targets, window) => {
    const lookups = current.getStore();
    const items = lookups?.windowKey === window.key && lookups.items.get(viewer.memberId);
    return items ? Promise.resolve(items) : itemsFor(viewer, targets, window);
  };
  const claim = repository.claim.bind(repository);
  repository.claim = (deliveryKey, memberId) => {
    const lookups = current.getStore();
    return lookups && deliveryKey === `digest:${lookups.windowKey}` && lookups.claimed.has(memberId)
      ? Promise.resolve()
      : claim(deliveryKey, memberId);
  };

  async function lookUp(data: DigestBatchJob): Promise<BatchLookups> {
    const window: DigestWindow = {
      period: data.period,
      key: data.periodKey,
      start: new Date(data.windowStart),
      end: new Date(data.windowEnd),
    };
    const lookups: BatchLookups = {
      windowKey: window.key,
      wantsEmail: new Map(),
      items: new Map(),
      claimed: new Set(),
    };
    const targets = new Map<string, FollowedTargets>();
    for (const f of await follows.followsOf(data.memberIds, FollowFrequency[data.period])) {
      const t = targets.get(f.memberId) ?? { topicIds: [], countryCodes: [], questionIds: [], caseIds: [] }; // prettier-ignore
      if (f.targetType === FollowTargetType.TOPIC) t.topicIds.push(f.targetId);
      if (f.targetType === FollowTargetType.COUNTRY) t.countryCodes.push(f.targetId);
      if (f.targetType === FollowTargetType.QUESTION) t.questionIds.push(f.targetId);
      if (f.targetType === FollowTargetType.CASE) t.caseIds.push(f.targetId);
      targets.set(f.memberId, t);
    }
    const chosen = await tx.manager.query<{ member_id: string; email: boolean }[]>(
      `SELECT member_id, email FROM notification_preference
        WHERE kind = 'DIGEST' AND member_id = ANY($1::uuid[])`,
      [data.memberIds],
    );
    const choice = new Map(chosen.map((p) => [p.member_id, p.email]));
    for (const id of data.memberIds)
      lookups.wantsEmail.set(id, choice.get(id) ?? EMAIL_BY_DEFAULT.DIGEST);

    const rows = await windowItems(window);
    for (const member of await members.findByIds(data.memberIds)) {
      const t = member && targets.get(member.id);
      if (!member || !t || member.status !== MemberStatus.ACTIVE) continue;
      if (!lookups.wantsEmail.get(member.id)) continue;
      if (t.questionIds.length > 0 || t.caseIds.length > 0) continue;
      const viewer = viewerOf(member, 'notification');
      const items = rows
        .filter(
          (r) =>
            (r.topic_ids.some((id) => t.topicIds.includes(id)) ||
              r.country_codes.some((code) => t.countryCodes.includes(code))) &&
            r.author_id !== member.id &&
            policy.canRead(viewer, {
              sharingLevel: r.sharing_level,
              authorId: r.author_id,
              authorOrganisationId: r.author_organisation_id,
              recipientOrganisationIds: r.recipient_organisation_ids,
              recipientMemberIds: r.recipient_member_ids,
              directedToOrganisationIds: r.directed_to_ids ?? undefined,
              stage: 'LIVE',
            }),
        )
        .map((r): DigestItem => ({
          kind: r.kind,
          id: r.id,
          linkType: r.kind,
          linkId: r.id,
          restricted: !isCommunityLevel(r.sharing_level),
          title: r.title,
          text: r.text,
          at: r.at,
        }));
      lookups.items.set(member.id, items);
      if (items.length > 0) lookups.claimed.add(member.id);
    }
    await tx.manager.query(
      `INSERT INTO email_delivery (delivery_key, member_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT (delivery_key, member_id) DO NOTHING`,
      [`digest:${window.key}`, [...lookups.claimed]],
    );
    return lookups;
  }

  function windowItems(window: DigestWindow): Promise<WindowRow[]> {
    const full = (level: string, column: string) =>
      `CASE WHEN ${level} IN ('CLEAR', 'GREEN') THEN ${column} END`;
    return tx.manager.query<WindowRow[]>(
      `SELECT 'CASE' AS kind, c.id, c.sharing_level, c.author_id, c.author_organisation_id,
              c.recipient_organisation_ids, c.recipient_member_ids, NULL::uuid[] AS directed_to_ids,
              c.topic_ids, c.country_codes::text[] AS country_codes,
              ${full('c.sharing_level', 'c.title')} AS title,
              ${full('c.sharing_level', 'c.summary')} AS text, c.published_at AS at
         FROM case_study c
        WHERE c.published_at > $1 AND c.published_at <= $2 AND ${CASE_STAGE_SQL('c').liveSql}
       UNION ALL
       SELECT 'QUESTION', q.id, q.sharing_level, q.author_id, q.author_organisation_id,
              q.recipient_organisation_ids, q.recipient_member_ids, q.directed_to_ids,
              q.topic_ids, q.country_codes::text[],
              ${full('q.sharing_level', 'q.title')}, ${full('q.sharing_level', 'q.body')},
              q.opened_at
         FROM question q
        WHERE q.opened_at > $1 AND q.opened_at <= $2 AND ${QUESTION_STAGE_SQL('q').liveSql}
        ORDER BY at, id`,
      [window.start, window.end],
    );
  }
}
