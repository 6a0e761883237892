// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { ANSWER, QUESTION } from 'src/modules/access-policy/content-kinds';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { ContentType } from 'src/modules/content/content-type.enum';
import { ContentFlagsService } from 'src/modules/moderation/content-flags.service';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswersRepository } from 'src/modules/questions/answers.repository';
import type {
  AnswerQuestionInput,
  UpdateAnswerInput,
  VoteAnswerInput,
} from 'src/modules/questions/dto/question.inputs';
import { QuestionEvent, type AnswerTopic } from 'src/modules/questions/question-events';
import { AnswerStatus } from 'src/modules/questions/question-enums';
import {
  ANSWERABLE,
  answerStage,
  answerStatusAfterEdit,
  questionStage,
} from 'src/modules/questions/question-workflow';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { QuestionsRepository } from 'src/modules/questions/questions.repository';
import { CitationsService } from 'src/modules/guidelines/citations.service';
import { ScreeningService } from 'src/modules/screening/screening.service';
import { sortAnswers } from 'src/modules/questions/answer-order';

/** Answers, helpful votes and the rules for who answers at once (DOMAIN §7). */
@Injectable()
export class AnswersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: AnswersRepository,
    private readonly questions: QuestionsRepository,
    private readonly access: ContentAccess,
    private readonly screening: ScreeningService,
    private readonly organisations: OrganisationsService,
    private readonly flags: ContentFlagsService,
    private readonly outbox: OutboxService,
    private readonly citations: CitationsService,
  ) {}

  /**
   * An answer for a system job that decides per recipient through ContentAccess
   * (notifications). Never hand the row to a viewer unchecked.
   */
  findUnchecked(id: string): Promise<AnswerEntity | null> {
    return this.repository.findById(id);
  }

  /**
   * Every answer of these questions, oldest first, for the search indexer (which keeps only the
   * live ones). Never hand the rows to a viewer unchecked.
   */
  ofQuestionsUnchecked(questionIds: readonly string[]): Promise<AnswerEntity[]> {
    return this.repository.ofQuestions(questionIds);
  }

  async get(
    viewer: Viewer | null,
    id: string,
  ): Promise<{ answer: AnswerEntity; question: QuestionEntity }> {
    const answer = await this.repository.findById(id);
    const question = answer ? await this.questions.findById(answer.questionId) : null;
    return this.access.requireReadable(viewer, ANSWER, answer && question && { answer, question });
  }

  /**
   * The answers each viewer may read, for a batch of questions they may read: one query for
   * the whole batch. Accepted first, then official, then oldest first.
   */
  async readableOf(
    viewer: Viewer | null,
    questions: readonly QuestionEntity[],
  ): Promise<Map<string, AnswerEntity[]>> {
    const byId = new Map(questions.map((q) => [q.id, q]));
    const result = new Map<string, AnswerEntity[]>(questions.map((q) => [q.id, []]));
    for (const answer of await this.repository.ofQuestions([...byId.keys()])) {
      const question = byId.get(answer.questionId)!;
      if (this.access.canRead(viewer, ANSWER, { question, answer }))
        result.get(question.id)!.push(answer);
    }
    for (const [questionId, answers] of result) sortAnswers(byId.get(questionId)!, answers);
    return result;
  }

  async answer(viewer: Viewer, input: AnswerQuestionInput): Promise<AnswerEntity> {
    return this.tx.run(async () => {
      const question = this.access.requireReadable(
        viewer,
        QUESTION,
        await this.questions.findById(input.questionId, { lock: true }),
      );
      if (
        questionStage(question.status, question.hiddenAt) !== 'LIVE' ||
        !ANSWERABLE.includes(question.status)
      )
        throw Errors.invalidState(`A question that is ${question.status} takes no answers`);
      const official = input.official ?? false;
      if (official) await this.assertMayAnswerOfficially(viewer);
      if (official && input.attribution === Attribution.ANONYMOUS)
        throw Errors.badInput('An official answer shows its organisation', [
          { field: 'attribution', message: 'official answers are NAMED or ORGANISATION' },
        ]);
      const acknowledgedFindings = input.acknowledgedFindings ?? [];
      this.screening.assertResolved({ body: input.body }, acknowledgedFindings);
      // Experts and moderators answer at once; others wait for a moderator on community questions.
      const atOnce =
        hasRole(viewer, Role.EXPERT, Role.MODERATOR) || !isCommunityLevel(question.sharingLevel);
      const now = new Date();
      const answer = await this.repository.insert({
        questionId: question.id,
        authorId: viewer.memberId,
        authorOrganisationId: viewer.organisationId,
        attribution: input.attribution,
        official,
        body: input.body,
        acknowledgedFindings,
        status: atOnce ? AnswerStatus.PUBLISHED : AnswerStatus.PENDING_REVIEW,
        publishedAt: atOnce ? now : null,
      });
      await this.citations.replace({ answerId: answer.id }, input.citations);
      await this.publish(
        question,
        answer,
        atOnce ? QuestionEvent.Answered : QuestionEvent.AnswerSubmitted,
      );
      return answer;
    });
  }

  async update(viewer: Viewer, input: UpdateAnswerInput): Promise<AnswerEntity> {
    return this.tx.run(async () => {
      const locked = await this.repository.findById(input.id, { lock: true });
      const asked = locked ? await this.questions.findById(locked.questionId) : null;
      const { answer, question } = this.access.requireReadable(
        viewer,
        ANSWER,
        locked && asked && { answer: locked, question: asked },
      );
      if (answer.authorId !== viewer.memberId)
        throw Errors.forbidden('Only its author can change an answer');
      if (answer.version !== input.expectedVersion)
        throw Errors.conflict(
          `The answer has changed since version ${input.expectedVersion} (now ${answer.version}); reload and edit again`,
        );
      const attribution = input.attribution ?? answer.attribution;
      if (answer.official && attribution === Attribution.ANONYMOUS)
        throw Errors.badInput('An official answer shows its organisation', [
          { field: 'attribution', message: 'official answers are NAMED or ORGANISATION' },
        ]);
      const body = input.body ?? answer.body;
      const acknowledgedFindings = input.acknowledgedFindings ?? answer.acknowledgedFindings;
      this.screening.assertResolved({ body }, acknowledgedFindings);
      // As for questions: open flags make the edit the review; none open (a reviewer kept the
      // answer hidden) send it back to the reviewers.
      const hiddenRestricted = answer.hiddenAt !== null && !isCommunityLevel(question.sharingLevel);
      const restores =
        hiddenRestricted && (await this.flags.settleOpen(ContentType.ANSWER, answer.id)) > 0;
      const requestsReview = hiddenRestricted && !restores;
      // A rejected answer, edited, goes back to the moderators (question-workflow.ts).
      const status = answerStatusAfterEdit(answer.status);
      const resubmitted = status !== answer.status;
      await this.repository.update(answer.id, {
        body,
        attribution,
        acknowledgedFindings,
        version: answer.version + 1,
        status,
        ...(resubmitted ? { moderationNote: null } : {}),
        ...(restores ? { hiddenAt: null } : {}),
        ...(requestsReview ? { reviewRequestedAt: answer.reviewRequestedAt ?? new Date() } : {}),
      });
      await this.citations.replace({ answerId: answer.id }, input.citations);
      if (resubmitted) await this.publish(question, answer, QuestionEvent.AnswerSubmitted);
      await this.publish(question, answer, QuestionEvent.AnswerUpdated);
      return (await this.repository.findById(answer.id))!;
    });
  }

  /**
   * One helpful vote per member and answer. `helpful` sets it (idempotent); omitted, it toggles.
   * The table's primary key settles concurrent calls: no duplicates, no errors.
   */
  async vote(viewer: Viewer, input: VoteAnswerInput): Promise<AnswerEntity> {
    return this.tx.run(async () => {
      const { answer } = await this.get(viewer, input.answerId);
      if (answerStage(answer.status, answer.hiddenAt) !== 'LIVE') throw Errors.notFound('Answer');
      if (answer.authorId === viewer.memberId)
        throw Errors.forbidden('You cannot vote for your own answer');
      const helpful =
        input.helpful ?? !(await this.repository.hasVoted(answer.id, viewer.memberId));
      await this.repository.setVote(answer.id, viewer.memberId, helpful);
      return answer;
    });
  }

  voteCounts(answerIds: readonly string[]) {
    return this.repository.voteCounts(answerIds);
  }

  votedBy(memberId: string, answerIds: readonly string[]) {
    return this.repository.votedBy(memberId, answerIds);
  }

  async publish(
    question: Pick<QuestionEntity, 'id' | 'sharingLevel'>,
    answer: Pick<AnswerEntity, 'id'>,
    topic: AnswerTopic,
  ): Promise<void> {
    await this.outbox.publish<AnswerTopic>({
      topic,
      aggregate: { type: ContentType.ANSWER, id: answer.id },
      payload: {
        questionId: question.id,
        answerId: answer.id,
        sharingLevel: question.sharingLevel,
      },
    });
  }

  private async assertMayAnswerOfficially(viewer: Viewer): Promise<void> {
    const organisation = await this.organisations.require(viewer.organisationId);
    if (!hasRole(viewer, Role.EXPERT) || organisation.kind !== OrganisationKind.AUTHORITY)
      throw Errors.forbidden('Only an expert of an authority answers officially');
  }
}
