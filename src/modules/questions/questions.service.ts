// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import { TransactionHost } from 'src/database/transaction-host';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { QUESTION } from 'src/modules/access-policy/content-kinds';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { ContentType } from 'src/modules/content/content-type.enum';
import { CountriesService } from 'src/modules/countries/countries.service';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { ContentFlagsService } from 'src/modules/moderation/content-flags.service';
import type { NewOutboxEvent } from 'src/modules/outbox/outbox-event';
import type { PayloadArgs } from 'src/modules/outbox/outbox-topics';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import { AnswersRepository } from 'src/modules/questions/answers.repository';
import type {
  AskQuestionInput,
  AssignQuestionInput,
  QuestionFilterInput,
  UpdateQuestionInput,
} from 'src/modules/questions/dto/question.inputs';
import {
  QuestionEvent,
  type QuestionEventDraft,
  type QuestionEventExtras,
  type QuestionTopic,
} from 'src/modules/questions/question-events';
import { AnswerStatus, QuestionStatus } from 'src/modules/questions/question-enums';
import { QuestionValidator, questionTextFields } from 'src/modules/questions/question-validator';
import {
  ANSWERABLE,
  assertQuestionEditable,
  answerStage,
  questionAfterEdit,
} from 'src/modules/questions/question-workflow';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { QUESTION_ALIAS, QuestionsRepository } from 'src/modules/questions/questions.repository';
import {
  RESPONSE_TARGET_WORKING_DAYS,
  addSwedishWorkingDays,
} from 'src/modules/questions/working-days';
import { CitationsService } from 'src/modules/guidelines/citations.service';
import { ScreeningService } from 'src/modules/screening/screening.service';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

/** The asker's and the authorities' side of questions (DOMAIN §7). */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly validator: QuestionValidator,
    private readonly access: ContentAccess,
    private readonly screening: ScreeningService,
    private readonly countries: CountriesService,
    private readonly members: MembersService,
    private readonly flags: ContentFlagsService,
    private readonly outbox: OutboxService,
    private readonly citations: CitationsService,
  ) {}

  /** The question if the viewer may read it; null alike for unknown and unreadable ids. */
  async findReadable(viewer: Viewer | null, id: string): Promise<QuestionEntity | null> {
    const row = await this.repository.findById(id);
    return row && this.access.canRead(viewer, QUESTION, row) ? row : null;
  }

  async get(viewer: Viewer | null, id: string): Promise<QuestionEntity> {
    return this.access.requireReadable(viewer, QUESTION, await this.repository.findById(id));
  }

  /** The questions of these ids the viewer may read (search hits, loaders), in no particular order. */
  async readableByIds(viewer: Viewer | null, ids: readonly string[]): Promise<QuestionEntity[]> {
    return this.access.filterReadable(viewer, QUESTION, await this.repository.findByIds(ids));
  }

  /**
   * A question for a system job that decides per recipient through ContentAccess
   * (notifications). Never hand the row to a viewer unchecked.
   */
  findUnchecked(id: string): Promise<QuestionEntity | null> {
    return this.repository.findById(id);
  }

  /**
   * Questions by id for the search indexer, which decides itself what is searchable and stores
   * the access keys beside each document. Never hand the rows to a viewer unchecked.
   */
  findManyUnchecked(ids: readonly string[]): Promise<QuestionEntity[]> {
    return this.repository.findByIds(ids);
  }

  /** Ids of every open, answered or closed visible question: what a full reindex covers. */
  searchableIds(): Promise<string[]> {
    return this.repository.liveIds();
  }

  list(viewer: Viewer | null, filter: QuestionFilterInput, page: KeysetPage) {
    const readable = this.access.readableCondition(viewer, QUESTION, QUESTION_ALIAS);
    const countryCodes = filter.countryCodes?.length
      ? this.countries.requireCodes(filter.countryCodes, 'filter.countryCodes')
      : undefined;
    return this.repository.page(
      readable,
      { ...filter, countryCodes },
      viewer?.memberId ?? null,
      page,
    );
  }

  /**
   * Screens and records a question. Community questions wait for a moderator; restricted ones
   * reach their audience (and the triage queues they are directed to) at once.
   */
  async ask(viewer: Viewer, input: AskQuestionInput): Promise<QuestionEntity> {
    return this.tx.run(async () => {
      const content = await this.validator.validate(input, viewer, null);
      const acknowledgedFindings = input.acknowledgedFindings ?? [];
      this.screening.assertResolved(questionTextFields(content), acknowledgedFindings);
      const row = await this.repository.insert({
        ...content,
        authorId: viewer.memberId,
        authorOrganisationId: viewer.organisationId,
        acknowledgedFindings,
        status: QuestionStatus.PENDING_REVIEW,
      });
      await this.citations.replace({ questionId: row.id }, input.citations);
      await this.publish(row, QuestionEvent.Asked);
      if (!isCommunityLevel(row.sharingLevel)) await this.open(row);
      return (await this.repository.findById(row.id))!;
    });
  }

  /** Makes a question live: the response clock starts for the organisations it is directed to. */
  async open(row: QuestionEntity): Promise<void> {
    const now = new Date();
    const directed = row.directedToIds.length > 0;
    await this.repository.update(row.id, {
      // Approved again after widening: an accepted answer still settles it.
      status: row.acceptedAnswerId ? QuestionStatus.ANSWERED : QuestionStatus.OPEN,
      openedAt: row.openedAt ?? now,
      responseDueOn: directed
        ? (row.responseDueOn ?? addSwedishWorkingDays(now, RESPONSE_TARGET_WORKING_DAYS))
        : null,
    });
    await this.publish(row, QuestionEvent.Published);
    if (directed)
      await this.publish(row, QuestionEvent.Directed, { directedToIds: row.directedToIds });
  }

  async update(viewer: Viewer, input: UpdateQuestionInput): Promise<QuestionEntity> {
    return this.tx.run(async () => {
      const row = await this.lockOwnQuestion(viewer, input.id);
      assertQuestionEditable(row.status);
      if (row.version !== input.expectedVersion)
        throw Errors.conflict(
          `The question has changed since version ${input.expectedVersion} (now ${row.version}); reload and edit again`,
        );
      if (row.hiddenAt !== null && (input.sharingLevel ?? row.sharingLevel) !== row.sharingLevel)
        throw Errors.invalidState('A hidden question keeps its sharing level until it is reviewed');
      const content = await this.validator.validate(input, viewer, row);
      const outcome = questionAfterEdit(row.status, row.sharingLevel, content.sharingLevel);
      const acknowledgedFindings = input.acknowledgedFindings ?? row.acknowledgedFindings;
      this.screening.assertResolved(questionTextFields(content), acknowledgedFindings);

      const events: QuestionEventDraft[] = [];
      const status = outcome.status;
      const reopen = outcome.opens;
      if (content.sharingLevel !== row.sharingLevel)
        events.push({
          topic: QuestionEvent.LevelChanged,
          payload: { from: row.sharingLevel, to: content.sharingLevel },
        });
      // Asked again after a rejection: the moderators' queue and notifications see a new question.
      if (outcome.resubmitted) events.push({ topic: QuestionEvent.Asked, payload: {} });
      // Narrowed out of the community: answers waiting for a moderator would be stuck where no
      // moderator may read them; restricted questions take answers at once, so do these.
      const publishedAnswers =
        isCommunityLevel(row.sharingLevel) && !isCommunityLevel(content.sharingLevel)
          ? await this.answers.publishPendingOf(row.id)
          : [];
      // A hidden restricted question: open flags mean nobody has reviewed it, and the author's
      // edit is the review (it comes back); none open mean a reviewer kept it hidden, and the
      // edit goes back to the reviewers instead (docs/domain.md §8.3).
      const hiddenRestricted = row.hiddenAt !== null && !isCommunityLevel(row.sharingLevel);
      const restores =
        hiddenRestricted && (await this.flags.settleOpen(ContentType.QUESTION, row.id)) > 0;
      const requestsReview = hiddenRestricted && !restores;
      if (restores) events.push({ topic: QuestionEvent.Restored, payload: {} });
      const version = row.version + 1;
      await this.repository.update(row.id, {
        ...content,
        acknowledgedFindings,
        version,
        status,
        ...(outcome.resubmitted ? { moderationNote: null } : {}),
        ...(restores ? { hiddenAt: null } : {}),
        ...(requestsReview ? { reviewRequestedAt: row.reviewRequestedAt ?? new Date() } : {}),
      });
      await this.citations.replace({ questionId: row.id }, input.citations);
      events.push({ topic: QuestionEvent.Updated, payload: { version } });
      const updated = (await this.repository.findById(row.id))!;
      for (const event of events) await this.publishDraft(updated, event);
      for (const answerId of publishedAnswers)
        await this.outbox.publish({
          topic: QuestionEvent.Answered,
          aggregate: { type: ContentType.ANSWER, id: answerId },
          payload: { questionId: row.id, answerId, sharingLevel: content.sharingLevel },
        });
      if (reopen) await this.open(updated);
      return (await this.repository.findById(row.id))!;
    });
  }

  /** Open questions directed to the expert's organisation, soonest due first. */
  triage(viewer: Viewer): Promise<QuestionEntity[]> {
    const readable = this.access.readableCondition(viewer, QUESTION, QUESTION_ALIAS);
    return this.repository.triage(readable, viewer.organisationId);
  }

  /** An expert takes a question for their team, hands it to a colleague, or releases it. */
  async assign(viewer: Viewer, input: AssignQuestionInput): Promise<QuestionEntity> {
    return this.tx.run(async () => {
      const row = this.access.requireReadable(
        viewer,
        QUESTION,
        await this.repository.findById(input.questionId, { lock: true }),
      );
      if (!row.directedToIds.includes(viewer.organisationId))
        throw Errors.forbidden('Only experts of an organisation it is directed to can take it');
      if (input.memberId) {
        const [member] = await this.members.findByIds([input.memberId]);
        const teammate =
          member &&
          member.status === MemberStatus.ACTIVE &&
          member.organisationId === viewer.organisationId &&
          member.roles.includes(Role.EXPERT);
        if (!teammate)
          throw Errors.badInput('Not an expert of your organisation', [
            {
              field: 'memberId',
              message: 'must be an expert of your organisation',
              reason: FieldProblemReason.UNKNOWN,
            },
          ]);
      }
      await this.repository.update(row.id, { assignedToId: input.memberId ?? null });
      return (await this.repository.findById(row.id))!;
    });
  }

  /** The asker picks (or changes) the answer that resolved the question. */
  async accept(viewer: Viewer, answerId: string): Promise<QuestionEntity> {
    return this.tx.run(async () => {
      const answer = await this.answers.findById(answerId);
      const question = answer
        ? await this.repository.findById(answer.questionId, { lock: true })
        : null;
      const readable =
        answer &&
        question &&
        this.access.canRead(viewer, QUESTION, question) &&
        answerStage(answer.status, answer.hiddenAt) === 'LIVE';
      if (!readable) throw Errors.notFound('Answer');
      if (question.authorId !== viewer.memberId)
        throw Errors.forbidden('Only the asker can accept an answer');
      if (!ANSWERABLE.includes(question.status))
        throw Errors.invalidState(`A question that is ${question.status} takes no accepted answer`);
      if (answer.status !== AnswerStatus.PUBLISHED) throw Errors.notFound('Answer');
      if (question.acceptedAnswerId !== answer.id) {
        await this.repository.update(question.id, {
          acceptedAnswerId: answer.id,
          status: QuestionStatus.ANSWERED,
        });
        await this.publish(question, QuestionEvent.Accepted, { answerId: answer.id });
      }
      return (await this.repository.findById(question.id))!;
    });
  }

  canSeeTriage(viewer: Viewer | null, row: QuestionEntity): boolean {
    return (
      viewer !== null &&
      hasRole(viewer, Role.EXPERT) &&
      row.directedToIds.includes(viewer.organisationId)
    );
  }

  async publish<T extends QuestionTopic>(
    row: Pick<QuestionEntity, 'id' | 'sharingLevel'>,
    topic: T,
    ...[extra]: PayloadArgs<QuestionEventExtras[T]>
  ): Promise<void> {
    await this.publishDraft(row, { topic, payload: extra ?? {} } as QuestionEventDraft);
  }

  private async publishDraft(
    row: Pick<QuestionEntity, 'id' | 'sharingLevel'>,
    event: QuestionEventDraft,
  ): Promise<void> {
    // QuestionEventDraft pairs each topic with its payload; TypeScript cannot follow that
    // pairing through the spread below, so the event is named as what it is.
    await this.outbox.publish({
      topic: event.topic,
      aggregate: { type: ContentType.QUESTION, id: row.id },
      payload: { questionId: row.id, sharingLevel: row.sharingLevel, ...event.payload },
    } as NewOutboxEvent<QuestionTopic>);
  }

  private async lockOwnQuestion(viewer: Viewer, id: string): Promise<QuestionEntity> {
    const row = this.access.requireReadable(
      viewer,
      QUESTION,
      await this.repository.findById(id, { lock: true }),
    );
    if (row.authorId !== viewer.memberId)
      throw Errors.forbidden('Only the asker can change a question');
    return row;
  }
}
