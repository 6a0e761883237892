// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { ANSWER, CASE, ITEM, QUESTION } from 'src/modules/access-policy/content-kinds';
import {
  AUTHOR_REVEALED_EVENT,
  type AuthorRevealedPayload,
} from 'src/modules/attribution/author-reveal.service';
import { CaseEvent } from 'src/modules/cases/case-events';
import { CasesService } from 'src/modules/cases/cases.service';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { isUuid } from 'src/common/uuid';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { DATA_EXPORT_READY_EVENT } from 'src/modules/data-export/data-export-events';
import { DataExportService } from 'src/modules/data-export/data-export.service';
import { DataExportStatus } from 'src/modules/data-export/data-export-status.enum';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { ContentType } from 'src/modules/content/content-type.enum';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import { FollowsService } from 'src/modules/follows/follows.service';
import { GuidelineEvent } from 'src/modules/guidelines/guideline-events';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { ContentEvent, type ContentEventPayloads } from 'src/modules/moderation/moderation.service';
import { NotificationAccess } from 'src/modules/notifications/notification-access';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { NotificationRecipients } from 'src/modules/notifications/notification-recipients';
import {
  NotificationsService,
  type InsertedNotifications,
} from 'src/modules/notifications/notifications.service';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';
import { AnswersService } from 'src/modules/questions/answers.service';
import { QuestionEvent } from 'src/modules/questions/question-events';
import { QuestionsService } from 'src/modules/questions/questions.service';

/** The topics the router turns into notifications. */
const ROUTED_EVENTS = [
  QuestionEvent.Answered,
  QuestionEvent.Accepted,
  QuestionEvent.Directed,
  QuestionEvent.Asked,
  QuestionEvent.AnswerSubmitted,
  QuestionEvent.Published,
  CaseEvent.Submitted,
  CaseEvent.Published,
  ContentEvent.Moderated,
  ContentEvent.HiddenByFlags,
  ContentEvent.Inspected,
  ContentEvent.Flagged,
  AUTHOR_REVEALED_EVENT,
  GuidelineEvent.VersionPublished,
  DATA_EXPORT_READY_EVENT,
] as const;
type RoutedTopic = (typeof ROUTED_EVENTS)[number];

type QueuedTopic =
  | typeof QuestionEvent.Asked
  | typeof QuestionEvent.AnswerSubmitted
  | typeof CaseEvent.Submitted
  | typeof ContentEvent.Flagged;

/** The decisions the author hears of: a moderator's, the flag rule's, a reviewer's look. */
type ModeratedPayload = ContentEventPayloads[
  | typeof ContentEvent.Moderated
  | typeof ContentEvent.HiddenByFlags
  | typeof ContentEvent.Inspected];

/**
 * Turns outbox events into in-app notifications (DOMAIN §9). Each event is handled in one
 * transaction that first locks the item FOR SHARE (`NotificationAccess.lockItem`), then reads it
 * and works out the recipients with the access policy as it stands then, and inserts the rows:
 * a hide or narrowing committed before cannot be missed, and one that comes after waits for the
 * commit and then hides the notification at read time. E-mail and live announcements follow the
 * commit. Payloads carry ids and the decision, never the item's title or an anonymous author.
 */
@Injectable()
export class NotificationRouter {
  constructor(
    private readonly tx: TransactionHost,
    /** Locks an item FOR SHARE before delivery reads it (notification-access.ts). */
    private readonly locks: NotificationAccess,
    private readonly notifications: NotificationsService,
    private readonly recipients: NotificationRecipients,
    private readonly access: ContentAccess,
    private readonly registry: ContentRegistry,
    private readonly follows: FollowsService,
    private readonly cases: CasesService,
    private readonly questions: QuestionsService,
    private readonly answers: AnswersService,
    private readonly guidelines: GuidelinesService,
    private readonly exports: DataExportService,
  ) {}

  @OnJob({
    queue: QueueName.Notifications,
    name: 'notifications.route',
    events: ROUTED_EVENTS,
    concurrency: 4,
  })
  async route(job: OutboxEventJob<RoutedTopic>): Promise<{ notified: number }> {
    const batches = await this.tx.run(() => this.decide(job));
    await this.notifications.announce(batches);
    return { notified: batches.reduce((sum, b) => sum + b.rows.length, 0) };
  }

  /**
   * Locks and reads the item, picks the recipients and inserts their notifications. Payloads
   * are typed by topic, but a stored event is still checked (ids must be uuids) before use.
   */
  private async decide(job: OutboxEventJob<RoutedTopic>): Promise<InsertedNotifications[]> {
    const eventKey = `outbox-${job.outboxId}`;
    switch (job.topic) {
      case QuestionEvent.Answered:
        return this.answered(eventKey, job.payload.questionId, job.payload.answerId);
      case QuestionEvent.Accepted:
        return this.accepted(eventKey, job.payload.questionId, job.payload.answerId);
      case QuestionEvent.Directed:
        return this.directed(eventKey, job.payload.questionId);
      case QuestionEvent.Published:
        return this.newItem(eventKey, ContentType.QUESTION, job.aggregate.id);
      case CaseEvent.Published:
        return this.newItem(eventKey, ContentType.CASE, job.aggregate.id);
      case QuestionEvent.Asked:
      case QuestionEvent.AnswerSubmitted:
      case CaseEvent.Submitted:
      case ContentEvent.Flagged:
        return this.queued(eventKey, job);
      case ContentEvent.Moderated:
      case ContentEvent.HiddenByFlags: // payload.action HIDDEN_BY_FLAGS
      case ContentEvent.Inspected: // payload.action INSPECTED
        return this.moderated(eventKey, job.payload);
      case AUTHOR_REVEALED_EVENT:
        return this.revealed(eventKey, job.payload);
      case GuidelineEvent.VersionPublished:
        return this.guidelineVersion(job.payload);
      case DATA_EXPORT_READY_EVENT:
        return this.dataExportReady(job.aggregate.id);
      default:
        return [];
    }
  }

  /** The asker, and members who follow the question, hear of a published answer. */
  private async answered(eventKey: string, questionId: string | null, answerId: string | null) {
    const found = await this.lockedAnswer(questionId, answerId);
    if (!found) return [];
    const { question, answer } = found;
    const mayRead = (v: Viewer) => this.access.canRead(v, ANSWER, { question, answer });
    const draft = (kind: NotificationKind) => ({
      kind,
      eventKey,
      contentType: ContentType.QUESTION,
      contentId: question.id,
      payload: { questionId: question.id, answerId: answer.id },
    });
    const batches: InsertedNotifications[] = [];
    if (question.authorId !== answer.authorId) {
      const [asker] = (await this.recipients.viewers([question.authorId])).filter(mayRead);
      if (asker)
        batches.push(
          await this.notifications.insert(draft(NotificationKind.ANSWER_TO_MY_QUESTION), [
            asker.memberId,
          ]),
        );
    }
    const followerIds = await this.follows.followers(
      [{ type: FollowTargetType.QUESTION, id: question.id }],
      FollowFrequency.INSTANT,
    );
    const followers = (await this.recipients.viewers(followerIds)).filter(
      (v) => v.memberId !== question.authorId && v.memberId !== answer.authorId && mayRead(v),
    );
    batches.push(
      await this.notifications.insert(
        draft(NotificationKind.ANSWER_TO_FOLLOWED_QUESTION),
        followers.map((v) => v.memberId),
      ),
    );
    return batches;
  }

  private async accepted(eventKey: string, questionId: string | null, answerId: string | null) {
    const found = await this.lockedAnswer(questionId, answerId);
    if (!found || found.answer.authorId === found.question.authorId) return [];
    const { question, answer } = found;
    const [author] = this.access.readersOf(
      await this.recipients.viewers([answer.authorId]),
      ANSWER,
      { question, answer },
    );
    if (!author) return [];
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.MY_ANSWER_ACCEPTED,
          eventKey,
          contentType: ContentType.QUESTION,
          contentId: question.id,
          payload: { questionId: question.id, answerId: answer.id },
        },
        [author.memberId],
      ),
    ];
  }

  /** Experts of the organisations a question is directed to, who may read it. */
  private async directed(eventKey: string, questionId: string | null) {
    if (!questionId || !isUuid(questionId)) return [];
    await this.locks.lockItem(ContentType.QUESTION, questionId);
    const question = await this.questions.findUnchecked(questionId);
    if (!question || question.directedToIds.length === 0) return [];
    const experts = this.access.readersOf(
      await this.recipients.withRole(Role.EXPERT, question.directedToIds),
      QUESTION,
      question,
    );
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.QUESTION_DIRECTED_TO_MY_ORGANISATION,
          eventKey,
          contentType: ContentType.QUESTION,
          contentId: question.id,
          payload: { questionId: question.id, dueOn: question.responseDueOn },
        },
        experts.map((v) => v.memberId),
      ),
    ];
  }

  /** INSTANT followers of the item's topics and countries hear of a newly published item. */
  private async newItem(
    eventKey: string,
    type: ContentType.CASE | ContentType.QUESTION,
    id: string,
  ) {
    await this.locks.lockItem(type, id);
    const row =
      type === ContentType.CASE
        ? await this.cases.findUnchecked(id)
        : await this.questions.findUnchecked(id);
    if (!row) return [];
    const mayRead = (v: Viewer) =>
      type === ContentType.CASE
        ? this.access.canRead(v, CASE, row as CaseEntity)
        : this.access.canRead(v, QUESTION, row as QuestionEntity);
    const followerIds = await this.follows.followers(
      [
        ...row.topicIds.map((t) => ({ type: FollowTargetType.TOPIC, id: t })),
        ...row.countryCodes.map((c) => ({ type: FollowTargetType.COUNTRY, id: c })),
      ],
      FollowFrequency.INSTANT,
    );
    const readers = (await this.recipients.viewers(followerIds)).filter(
      (v) => v.memberId !== row.authorId && mayRead(v),
    );
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.NEW_ITEM_IN_FOLLOWED_TOPIC,
          eventKey,
          contentType: type,
          contentId: row.id,
          payload: {},
        },
        readers.map((v) => v.memberId),
      ),
    ];
  }

  /** Moderators hear of a new item in their queue (community content they may read). */
  private async queued(eventKey: string, job: OutboxEventJob<QueuedTopic>) {
    // A flag names its item; a submission is its own aggregate.
    const ref =
      job.topic === ContentEvent.Flagged
        ? await this.lockedRef(job.payload.contentType, job.payload.contentId)
        : await this.lockedRef(job.aggregate.type as ContentType, job.aggregate.id);
    if (!ref || (ref.stage === 'LIVE' && job.topic !== ContentEvent.Flagged)) return [];
    const moderators = (await this.recipients.moderators()).filter(
      (v) => v.memberId !== ref.authorId && this.access.canRead(v, ITEM, ref),
    );
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.ITEM_IN_MODERATION_QUEUE,
          eventKey,
          contentType: ref.type,
          contentId: ref.id,
          payload: { reason: job.topic === ContentEvent.Flagged ? 'FLAGGED' : 'SUBMITTED' },
        },
        moderators.map((v) => v.memberId),
      ),
    ];
  }

  /**
   * The author hears of a moderator's decision on their content, of the flag rule hiding it,
   * and of a reviewer's audited look at it. The payload names the decision; its note is read
   * from the item when the notification is read.
   */
  private async moderated(eventKey: string, payload: ModeratedPayload) {
    const ref = await this.lockedRef(payload.contentType, payload.contentId);
    if (!ref) return [];
    const [author] = await this.recipients.viewers([ref.authorId]);
    if (!author) return [];
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.MODERATION_DECISION,
          eventKey,
          contentType: ref.type,
          contentId: ref.id,
          payload: { action: typeof payload.action === 'string' ? payload.action : null },
        },
        [author.memberId],
      ),
    ];
  }

  /** The author hears that a moderator has been shown who they are. */
  private async revealed(eventKey: string, payload: AuthorRevealedPayload) {
    const ref = await this.lockedRef(payload.contentType, payload.contentId);
    if (!ref) return [];
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.IDENTITY_REVEALED,
          eventKey,
          contentType: ref.type,
          contentId: ref.id,
          payload: {},
        },
        [ref.authorId],
      ),
    ];
  }

  /**
   * INSTANT followers of a guideline hear of each newly published version once: the event key
   * names the version, not the outbox event, so even a second event for the same version (a
   * replay) notifies no one twice. Every active member reads a published guideline.
   */
  private async guidelineVersion(payload: {
    guidelineId: string;
    versionId: string;
    number: number;
  }) {
    if (!isUuid(payload.guidelineId) || !isUuid(payload.versionId)) return [];
    const latest = (await this.guidelines.latestPublished([payload.guidelineId])).get(
      payload.guidelineId,
    );
    if (!latest) return [];
    const followerIds = await this.follows.followers(
      [{ type: FollowTargetType.GUIDELINE, id: payload.guidelineId }],
      FollowFrequency.INSTANT,
    );
    const readers = await this.recipients.viewers(followerIds);
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.NEW_GUIDELINE_VERSION,
          eventKey: `guideline-version-${payload.versionId}`,
          contentType: ContentType.GUIDELINE,
          contentId: payload.guidelineId,
          payload: { versionId: payload.versionId, number: payload.number },
        },
        readers.map((v) => v.memberId),
      ),
    ];
  }

  /**
   * The member who asked for an export hears in the app that it is ready, and no one else. The
   * payload is empty: the signed download link is shown on the privacy page to the signed-in
   * member only, so a notification (listed, pushed live, kept 90 days) never carries it. The
   * event key names the export, so a replayed event notifies no one twice.
   */
  private async dataExportReady(exportId: string) {
    if (!isUuid(exportId)) return [];
    const entity = await this.exports.find(exportId);
    if (entity?.status !== DataExportStatus.READY) return [];
    const [member] = await this.recipients.viewers([entity.memberId]);
    if (!member) return [];
    return [
      await this.notifications.insert(
        {
          kind: NotificationKind.DATA_EXPORT_READY,
          eventKey: `data-export-ready-${exportId}`,
          contentType: ContentType.DATA_EXPORT,
          contentId: entity.id,
          payload: {},
        },
        [member.memberId],
      ),
    ];
  }

  /** A question and one of its answers, both locked FOR SHARE before they are read. */
  private async lockedAnswer(questionId: string | null, answerId: string | null) {
    if (!questionId || !answerId || !isUuid(questionId) || !isUuid(answerId)) return null;
    await this.locks.lockItem(ContentType.ANSWER, answerId);
    const question = await this.questions.findUnchecked(questionId);
    const answer = await this.answers.findUnchecked(answerId);
    return question && answer && answer.questionId === question.id ? { question, answer } : null;
  }

  /** The item, locked FOR SHARE before it is read. */
  private async lockedRef(type: ContentType, id: string): Promise<ContentRef | null> {
    if (!Object.values(ContentType).includes(type) || !isUuid(id)) return null;
    await this.locks.lockItem(type, id);
    return this.registry.adapter(type).findRef(id);
  }
}
