// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CloseReason } from 'src/modules/content/close-reason.enum';
import type {
  ContentAdapter,
  ContentRef,
  ModerationDecision,
  PendingSubmission,
  ReviewText,
} from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswersRepository } from 'src/modules/questions/answers.repository';
import { AnswersService } from 'src/modules/questions/answers.service';
import { answerItem, questionItem } from 'src/modules/access-policy/content-kinds';
import { questionStage } from 'src/modules/questions/question-workflow';
import { QuestionEvent } from 'src/modules/questions/question-events';
import { AnswerStatus, QuestionStatus } from 'src/modules/questions/question-enums';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import {
  QuestionsRepository,
  type QuestionRefRow,
} from 'src/modules/questions/questions.repository';
import { QuestionsService } from 'src/modules/questions/questions.service';

const noRevisions = () => Errors.invalidState('Questions and answers keep no revisions to redact');

/** Questions as moderation, flags and reveals see them (DOMAIN §7, §8). */
@Injectable()
export class QuestionContentAdapter implements ContentAdapter, OnModuleInit {
  readonly type = ContentType.QUESTION;

  constructor(
    private readonly registry: ContentRegistry,
    private readonly repository: QuestionsRepository,
    private readonly questions: QuestionsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async findRef(id: string, options: { lock?: boolean } = {}): Promise<ContentRef | null> {
    const row = await this.repository.findById(id, options);
    return row ? questionRef(row) : null;
  }

  async findRefs(ids: readonly string[]): Promise<ContentRef[]> {
    return (await this.repository.findRefRowsByIds(ids)).map(questionRef);
  }

  async pendingSubmissions(): Promise<PendingSubmission[]> {
    return (await this.repository.pendingReview()).map((row) => ({
      type: this.type,
      id: row.id,
      submittedAt: row.createdAt,
    }));
  }

  async moderate(ref: ContentRef, decision: ModerationDecision, _moderator: Viewer) {
    const row = (await this.repository.findById(ref.id, { lock: true }))!;
    const requireStatus = (...allowed: QuestionStatus[]) => {
      if (!allowed.includes(row.status))
        throw Errors.invalidState(
          `${decision.action} does not apply to a question that is ${row.status}`,
        );
    };
    switch (decision.action) {
      case ModerationAction.APPROVE:
        requireStatus(QuestionStatus.PENDING_REVIEW);
        await this.repository.update(row.id, { moderationNote: null });
        return this.questions.open(row);
      case ModerationAction.REJECT:
        requireStatus(QuestionStatus.PENDING_REVIEW);
        await this.repository.update(row.id, {
          status: QuestionStatus.REJECTED,
          moderationNote: decision.reason,
        });
        return this.questions.publish(row, QuestionEvent.Rejected);
      case ModerationAction.CLOSE:
        requireStatus(QuestionStatus.OPEN, QuestionStatus.ANSWERED);
        return this.close(row, decision);
      case ModerationAction.REOPEN:
        requireStatus(QuestionStatus.CLOSED);
        await this.repository.update(row.id, {
          status: row.acceptedAnswerId ? QuestionStatus.ANSWERED : QuestionStatus.OPEN,
          closeReason: null,
          duplicateOfId: null,
          closedAt: null,
          moderationNote: null,
        });
        return this.questions.publish(row, QuestionEvent.Reopened);
      case ModerationAction.HIDE:
        if (!(await this.hideForReview(questionRef(row))))
          throw Errors.invalidState('Only a visible, published question can be hidden');
        return;
      case ModerationAction.RESTORE:
        if (row.hiddenAt === null) throw Errors.invalidState('The question is not hidden');
        await this.repository.update(row.id, { hiddenAt: null });
        return this.questions.publish(row, QuestionEvent.Restored);
      case ModerationAction.REQUEST_CHANGES:
      case ModerationAction.ARCHIVE:
        throw Errors.invalidState(`${decision.action} does not apply to questions; close it`);
    }
  }

  async awaitingReview(): Promise<{ id: string; requestedAt: Date }[]> {
    return (await this.repository.awaitingReview()).map((row) => ({
      id: row.id,
      requestedAt: row.reviewRequestedAt!,
    }));
  }

  async settleReviewRequest(ref: ContentRef): Promise<void> {
    if (ref.reviewRequestedAt) await this.repository.update(ref.id, { reviewRequestedAt: null });
  }

  async hideForReview(ref: ContentRef): Promise<boolean> {
    const row = await this.repository.findById(ref.id, { lock: true });
    if (!row || row.hiddenAt !== null || questionStage(row.status, row.hiddenAt) !== 'LIVE')
      return false;
    await this.repository.update(row.id, { hiddenAt: new Date() });
    await this.questions.publish(row, QuestionEvent.Hidden);
    return true;
  }

  async reviewText(ref: ContentRef): Promise<ReviewText> {
    const row = (await this.repository.findById(ref.id))!;
    return { title: row.title, fields: [{ name: 'body', text: row.body }] };
  }

  redactRevision(): Promise<void> {
    return Promise.reject(noRevisions());
  }

  private async close(row: QuestionEntity, decision: ModerationDecision): Promise<void> {
    if (!decision.closeReason)
      throw Errors.badInput('Closing needs a reason', [
        { field: 'closeReason', message: 'closeReason is required to close a question' },
      ]);
    let duplicateOfId: string | null = null;
    if (decision.closeReason === CloseReason.DUPLICATE) {
      const original = decision.duplicateOfId
        ? await this.repository.findById(decision.duplicateOfId)
        : null;
      // The original must be live and at least as widely readable, or the link leads nowhere.
      const usable =
        original &&
        original.id !== row.id &&
        questionStage(original.status, original.hiddenAt) === 'LIVE' &&
        sameOrWiderAudience(original, row);
      if (!usable)
        throw Errors.badInput('A duplicate needs its original', [
          {
            field: 'duplicateOfId',
            message: 'must be another live question readable by everyone who reads this one',
          },
        ]);
      duplicateOfId = original.id;
    }
    await this.repository.update(row.id, {
      status: QuestionStatus.CLOSED,
      closeReason: decision.closeReason,
      duplicateOfId,
      closedAt: new Date(),
      moderationNote: decision.reason,
    });
    await this.questions.publish(row, QuestionEvent.Closed, {
      closeReason: decision.closeReason,
      duplicateOfId,
    });
  }
}

/** Answers as moderation, flags and reveals see them; their question decides who reads. */
@Injectable()
export class AnswerContentAdapter implements ContentAdapter, OnModuleInit {
  readonly type = ContentType.ANSWER;

  constructor(
    private readonly registry: ContentRegistry,
    private readonly repository: AnswersRepository,
    private readonly questionsRepository: QuestionsRepository,
    private readonly answers: AnswersService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async findRef(id: string, options: { lock?: boolean } = {}): Promise<ContentRef | null> {
    const answer = await this.repository.findById(id, options);
    const question = answer ? await this.questionsRepository.findById(answer.questionId) : null;
    return answer && question ? answerRef(question, answer) : null;
  }

  async findRefs(ids: readonly string[]): Promise<ContentRef[]> {
    const answers = await this.repository.findByIds(ids);
    const questions = new Map(
      (await this.questionsRepository.findByIds(answers.map((a) => a.questionId))).map((q) => [
        q.id,
        q,
      ]),
    );
    return answers.flatMap((a) => {
      const question = questions.get(a.questionId);
      return question ? [answerRef(question, a)] : [];
    });
  }

  async pendingSubmissions(): Promise<PendingSubmission[]> {
    return (await this.repository.pendingReview()).map((row) => ({
      type: this.type,
      id: row.id,
      submittedAt: row.createdAt,
    }));
  }

  async moderate(ref: ContentRef, decision: ModerationDecision, _moderator: Viewer) {
    const answer = (await this.repository.findById(ref.id, { lock: true }))!;
    const question = (await this.questionsRepository.findById(answer.questionId))!;
    switch (decision.action) {
      case ModerationAction.APPROVE:
        if (answer.status !== AnswerStatus.PENDING_REVIEW)
          throw Errors.invalidState(`An answer that is ${answer.status} cannot be approved`);
        await this.repository.update(answer.id, {
          status: AnswerStatus.PUBLISHED,
          publishedAt: new Date(),
        });
        return this.answers.publish(question, answer, QuestionEvent.Answered);
      case ModerationAction.REJECT:
        if (answer.status !== AnswerStatus.PENDING_REVIEW)
          throw Errors.invalidState(`An answer that is ${answer.status} cannot be rejected`);
        await this.repository.update(answer.id, {
          status: AnswerStatus.REJECTED,
          moderationNote: decision.reason,
        });
        return this.answers.publish(question, answer, QuestionEvent.AnswerRejected);
      case ModerationAction.HIDE:
        if (!(await this.hideForReview(ref)))
          throw Errors.invalidState('Only a visible, published answer can be hidden');
        return;
      case ModerationAction.RESTORE:
        if (answer.hiddenAt === null) throw Errors.invalidState('The answer is not hidden');
        await this.repository.update(answer.id, { hiddenAt: null });
        return this.answers.publish(question, answer, QuestionEvent.AnswerRestored);
      case ModerationAction.REQUEST_CHANGES:
      case ModerationAction.CLOSE:
      case ModerationAction.REOPEN:
      case ModerationAction.ARCHIVE:
        throw Errors.invalidState(`${decision.action} does not apply to answers`);
    }
  }

  async awaitingReview(): Promise<{ id: string; requestedAt: Date }[]> {
    return (await this.repository.awaitingReview()).map((row) => ({
      id: row.id,
      requestedAt: row.reviewRequestedAt!,
    }));
  }

  async settleReviewRequest(ref: ContentRef): Promise<void> {
    if (ref.reviewRequestedAt) await this.repository.update(ref.id, { reviewRequestedAt: null });
  }

  async hideForReview(ref: ContentRef): Promise<boolean> {
    const answer = await this.repository.findById(ref.id, { lock: true });
    if (!answer || answer.status !== AnswerStatus.PUBLISHED || answer.hiddenAt !== null)
      return false;
    await this.repository.update(answer.id, { hiddenAt: new Date() });
    const question = (await this.questionsRepository.findById(answer.questionId))!;
    await this.answers.publish(question, answer, QuestionEvent.AnswerHidden);
    return true;
  }

  async reviewText(ref: ContentRef): Promise<ReviewText> {
    const answer = (await this.repository.findById(ref.id))!;
    return { title: null, fields: [{ name: 'body', text: answer.body }] };
  }

  redactRevision(): Promise<void> {
    return Promise.reject(noRevisions());
  }
}

function questionRef(row: QuestionRefRow): ContentRef {
  return {
    ...questionItem(row),
    type: ContentType.QUESTION,
    id: row.id,
    attribution: row.attribution,
    title: row.title,
    hidden: row.hiddenAt !== null,
    hiddenAt: row.hiddenAt,
    status: row.status,
    reviewRequestedAt: row.reviewRequestedAt,
  };
}

function answerRef(question: QuestionEntity, answer: AnswerEntity): ContentRef {
  const readable = answerItem(question, answer);
  return {
    ...readable,
    // Flags and reveals see an answer only as far as its question: a hidden or re-moderated
    // question takes its answers out of view with it (as ContentAccess's ANSWER kind does).
    stage:
      questionStage(question.status, question.hiddenAt) === 'LIVE'
        ? readable.stage
        : 'IN_MODERATION',
    type: ContentType.ANSWER,
    id: answer.id,
    attribution: answer.attribution,
    title: question.title,
    hidden: answer.hiddenAt !== null,
    hiddenAt: answer.hiddenAt,
    status: answer.status,
    reviewRequestedAt: answer.reviewRequestedAt,
  };
}

/** Everyone who reads `copy` also reads `original` (community originals always qualify). */
function sameOrWiderAudience(original: QuestionEntity, copy: QuestionEntity): boolean {
  if (original.sharingLevel === SharingLevel.CLEAR) return true;
  if (original.sharingLevel === SharingLevel.GREEN) return copy.sharingLevel !== SharingLevel.CLEAR;
  return false;
}
