import { Injectable } from '@nestjs/common';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import {
  AUTHOR_REVEALED_EVENT,
  type AuthorRevealedPayload,
} from 'src/modules/attribution/author-reveal.service';
import { CaseEvent } from 'src/modules/cases/case-events';
import { CasesRepository } from 'src/modules/cases/cases.repository';
import { readableCase } from 'src/modules/cases/cases.service';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { ContentType } from 'src/modules/content/content-type.enum';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import { FollowsService } from 'src/modules/follows/follows.service';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { ContentEvent } from 'src/modules/moderation/moderation.service';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { NotificationRecipients } from 'src/modules/notifications/notification-recipients';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';
import { AnswersRepository } from 'src/modules/questions/answers.repository';
import { AnswersService } from 'src/modules/questions/answers.service';
import { QuestionEvent } from 'src/modules/questions/question-events';
import { QuestionsRepository } from 'src/modules/questions/questions.repository';
import { readableQuestion } from 'src/modules/questions/questions.service';

type Payload = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Turns outbox events into in-app notifications (DOMAIN §9). Recipients are worked out when
 * the job runs, with the access policy as it stands then: a member who cannot read the item
 * is not told about it, and the author of an anonymous item is never named in a payload.
 */
@Injectable()
export class NotificationRouter {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly recipients: NotificationRecipients,
    private readonly policy: AccessPolicy,
    private readonly registry: ContentRegistry,
    private readonly follows: FollowsService,
    private readonly cases: CasesRepository,
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly answersService: AnswersService,
  ) {}

  @OnJob({
    queue: QueueName.Notifications,
    name: 'notifications.route',
    events: [
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
    ],
    concurrency: 4,
  })
  async route(job: OutboxEventJob): Promise<{ notified: number }> {
    const eventKey = `outbox-${job.outboxId}`;
    const payload = job.payload;
    switch (job.topic) {
      case QuestionEvent.Answered:
        return this.answered(eventKey, text(payload.questionId), text(payload.answerId));
      case QuestionEvent.Accepted:
        return this.accepted(eventKey, text(payload.questionId), text(payload.answerId));
      case QuestionEvent.Directed:
        return this.directed(eventKey, text(payload.questionId));
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
        return this.moderated(eventKey, payload);
      case AUTHOR_REVEALED_EVENT:
        return this.revealed(eventKey, payload as AuthorRevealedPayload);
      default:
        return { notified: 0 };
    }
  }

  /** The asker, and members who follow the question, hear of a published answer. */
  private async answered(eventKey: string, questionId: string | null, answerId: string | null) {
    const question = questionId ? await this.questions.findById(questionId) : null;
    const answer = answerId ? await this.answers.findById(answerId) : null;
    if (!question || !answer) return { notified: 0 };
    const mayRead = (v: Viewer) => this.answersService.canRead(v, question, answer);
    const draft = (kind: NotificationKind) => ({
      kind,
      eventKey,
      contentType: ContentType.QUESTION,
      contentId: question.id,
      payload: { questionId: question.id, answerId: answer.id, title: question.title },
    });
    let notified = 0;
    if (question.authorId !== answer.authorId) {
      const [asker] = (await this.recipients.viewers([question.authorId])).filter(mayRead);
      if (asker)
        notified += (
          await this.notifications.deliver(draft(NotificationKind.ANSWER_TO_MY_QUESTION), [
            asker.memberId,
          ])
        ).length;
    }
    const followerIds = await this.follows.followers(
      [{ type: FollowTargetType.QUESTION, id: question.id }],
      FollowFrequency.INSTANT,
    );
    const followers = (await this.recipients.viewers(followerIds)).filter(
      (v) => v.memberId !== question.authorId && v.memberId !== answer.authorId && mayRead(v),
    );
    notified += (
      await this.notifications.deliver(
        draft(NotificationKind.ANSWER_TO_FOLLOWED_QUESTION),
        followers.map((v) => v.memberId),
      )
    ).length;
    return { notified };
  }

  private async accepted(eventKey: string, questionId: string | null, answerId: string | null) {
    const question = questionId ? await this.questions.findById(questionId) : null;
    const answer = answerId ? await this.answers.findById(answerId) : null;
    if (!question || !answer || answer.authorId === question.authorId) return { notified: 0 };
    const [author] = (await this.recipients.viewers([answer.authorId])).filter((v) =>
      this.answersService.canRead(v, question, answer),
    );
    if (!author) return { notified: 0 };
    const delivered = await this.notifications.deliver(
      {
        kind: NotificationKind.MY_ANSWER_ACCEPTED,
        eventKey,
        contentType: ContentType.QUESTION,
        contentId: question.id,
        payload: { questionId: question.id, answerId: answer.id, title: question.title },
      },
      [author.memberId],
    );
    return { notified: delivered.length };
  }

  /** Experts of the organisations a question is directed to, who may read it. */
  private async directed(eventKey: string, questionId: string | null) {
    const question = questionId ? await this.questions.findById(questionId) : null;
    if (!question || question.directedToIds.length === 0) return { notified: 0 };
    const experts = (await this.recipients.withRole(Role.EXPERT, question.directedToIds)).filter(
      (v) => this.policy.canRead(v, readableQuestion(question)),
    );
    const delivered = await this.notifications.deliver(
      {
        kind: NotificationKind.QUESTION_DIRECTED_TO_MY_ORGANISATION,
        eventKey,
        contentType: ContentType.QUESTION,
        contentId: question.id,
        payload: { questionId: question.id, title: question.title, dueOn: question.responseDueOn },
      },
      experts.map((v) => v.memberId),
    );
    return { notified: delivered.length };
  }

  /** INSTANT followers of the item's topics and countries hear of a newly published item. */
  private async newItem(
    eventKey: string,
    type: ContentType.CASE | ContentType.QUESTION,
    id: string,
  ) {
    const row =
      type === ContentType.CASE ? await this.cases.findById(id) : await this.questions.findById(id);
    if (!row) return { notified: 0 };
    const readable =
      type === ContentType.CASE ? readableCase(row as never) : readableQuestion(row as never);
    const followerIds = await this.follows.followers(
      [
        ...row.topicIds.map((t) => ({ type: FollowTargetType.TOPIC, id: t })),
        ...row.countryCodes.map((c) => ({ type: FollowTargetType.COUNTRY, id: c })),
      ],
      FollowFrequency.INSTANT,
    );
    const readers = (await this.recipients.viewers(followerIds)).filter(
      (v) => v.memberId !== row.authorId && this.policy.canRead(v, readable),
    );
    const delivered = await this.notifications.deliver(
      {
        kind: NotificationKind.NEW_ITEM_IN_FOLLOWED_TOPIC,
        eventKey,
        contentType: type,
        contentId: row.id,
        payload: { title: row.title },
      },
      readers.map((v) => v.memberId),
    );
    return { notified: delivered.length };
  }

  /** Moderators hear of a new item in their queue (community content they may read). */
  private async queued(eventKey: string, job: OutboxEventJob) {
    const contentType = (text(job.payload.contentType) ??
      (job.aggregate.type === 'CASE' ? ContentType.CASE : job.aggregate.type)) as ContentType;
    const ref = await this.ref(contentType, text(job.payload.contentId) ?? job.aggregate.id);
    if (!ref || (ref.stage === 'LIVE' && job.topic !== ContentEvent.Flagged))
      return { notified: 0 };
    const moderators = (await this.recipients.moderators()).filter(
      (v) => v.memberId !== ref.authorId && this.policy.canRead(v, ref),
    );
    const delivered = await this.notifications.deliver(
      {
        kind: NotificationKind.ITEM_IN_MODERATION_QUEUE,
        eventKey,
        contentType: ref.type,
        contentId: ref.id,
        payload: {
          title: ref.title,
          reason: job.topic === ContentEvent.Flagged ? 'FLAGGED' : 'SUBMITTED',
        },
      },
      moderators.map((v) => v.memberId),
    );
    return { notified: delivered.length };
  }

  /**
   * The author hears of a moderator's decision on their content, of the flag rule hiding it,
   * and of a reviewer's audited look at it (the action is in the payload).
   */
  private async moderated(eventKey: string, payload: Payload) {
    const ref = await this.ref(payload.contentType as ContentType, text(payload.contentId) ?? '');
    if (!ref) return { notified: 0 };
    const [author] = await this.recipients.viewers([ref.authorId]);
    if (!author) return { notified: 0 };
    const delivered = await this.notifications.deliver(
      {
        kind: NotificationKind.MODERATION_DECISION,
        eventKey,
        contentType: ref.type,
        contentId: ref.id,
        payload: { title: ref.title, action: text(payload.action) },
      },
      [author.memberId],
    );
    return { notified: delivered.length };
  }

  /** The author hears that a moderator has been shown who they are. */
  private async revealed(eventKey: string, payload: AuthorRevealedPayload) {
    const ref = await this.ref(payload.contentType, payload.contentId);
    if (!ref) return { notified: 0 };
    const delivered = await this.notifications.deliver(
      {
        kind: NotificationKind.IDENTITY_REVEALED,
        eventKey,
        contentType: ref.type,
        contentId: ref.id,
        payload: { title: ref.title },
      },
      [ref.authorId],
    );
    return { notified: delivered.length };
  }

  private async ref(type: ContentType, id: string): Promise<ContentRef | null> {
    if (!Object.values(ContentType).includes(type) || !id) return null;
    return this.registry.adapter(type).findRef(id);
  }
}
