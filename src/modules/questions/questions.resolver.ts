// SPDX-License-Identifier: EUPL-1.2
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Members, Public, Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer, OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import { paginateInMemory } from 'src/graph/pagination/in-memory';
import { PageArgs } from 'src/graph/pagination/page-args';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { AuthorFields } from 'src/modules/attribution/author-fields';
import { AuthoredContentResolver } from 'src/modules/attribution/authored-content.resolver';
import { isAuthor } from 'src/modules/attribution/author-presentation';
import type { Country } from 'src/modules/countries/countries.service';
import { CountriesService } from 'src/modules/countries/countries.service';
import { CountryType } from 'src/modules/countries/dto/country.type';
import { RichText, richText } from 'src/modules/markdown/rich-text.type';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import {
  AskQuestionInput,
  AssignQuestionInput,
  QuestionsArgs,
  UpdateQuestionInput,
} from 'src/modules/questions/dto/question.inputs';
import {
  AnswerConnection,
  AnswerType,
  QuestionAssigneeType,
  QuestionConnection,
  QuestionType,
} from 'src/modules/questions/dto/question.types';
import { paginateAnswers } from 'src/modules/questions/answer-order';
import { QuestionLoaders } from 'src/modules/questions/question-loaders';
import { QuestionStatus } from 'src/modules/questions/question-enums';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { QuestionsService } from 'src/modules/questions/questions.service';
import { isOverdue } from 'src/modules/questions/working-days';
import { ScreeningFindingType } from 'src/modules/screening/dto/screening-finding.type';
import { ScreeningService } from 'src/modules/screening/screening.service';
import { TopicType } from 'src/modules/taxonomy/dto/topic.type';
import type { TopicEntity } from 'src/modules/taxonomy/topic.entity';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { isUuid } from 'src/common/uuid';

@Resolver(() => QuestionType)
export class QuestionsResolver extends AuthoredContentResolver(QuestionType, {
  authorName: 'NAMED questions, and your own.',
  organisation: 'NAMED and ORGANISATION questions, and your own.',
  authorLabel: 'Who asked, as the attribution allows.',
}) {
  constructor(
    private readonly questionsService: QuestionsService,
    private readonly loaders: QuestionLoaders,
    authorFields: AuthorFields,
    private readonly topicsService: TopicsService,
    private readonly countries: CountriesService,
    private readonly screening: ScreeningService,
  ) {
    super(authorFields);
  }

  @Query(() => QuestionType, {
    nullable: true,
    description:
      'A question the viewer may read; null when there is none or the viewer may not read it (the same answer, so neither is revealed).',
  })
  @Public()
  async question(
    @Args('id', { type: () => ID }) id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<QuestionEntity | null> {
    const row = isUuid(id) ? await this.questionsService.findReadable(viewer, id) : null;
    // Read and checked for this viewer just now: the request's question loader (answers'
    // `accepted`) starts with it instead of reading it again.
    if (row) this.loaders.question(context).prime(row.id, row);
    return row;
  }

  @Query(() => QuestionConnection, {
    description: 'Questions the viewer may read, newest first; totalCount counts only those.',
  })
  @Public()
  questions(@Args() { filter, ...page }: QuestionsArgs, @OptionalViewer() viewer: Viewer | null) {
    return this.questionsService.list(viewer, filter ?? {}, page);
  }

  @Query(() => QuestionConnection, {
    description:
      'Open questions directed to your organisation, soonest response target first (experts).',
  })
  @Roles(Role.EXPERT)
  async triageQueue(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer) {
    const open = await this.questionsService.triage(viewer);
    return paginateInMemory(
      open,
      (q) => [q.responseDueOn ?? '9999-12-31', (q.openedAt ?? q.createdAt).toISOString(), q.id],
      page,
      3,
    );
  }

  @Mutation(() => QuestionType, {
    description:
      'Screens and records a question. CLEAR/GREEN wait for a moderator; other levels reach their audience, and any authority they are directed to, at once.',
  })
  @Members()
  askQuestion(@Args('input') input: AskQuestionInput, @CurrentViewer() viewer: Viewer) {
    return this.questionsService.ask(viewer, input);
  }

  @Mutation(() => QuestionType, { description: 'The asker edits; CONFLICT when stale.' })
  @Members()
  updateQuestion(@Args('input') input: UpdateQuestionInput, @CurrentViewer() viewer: Viewer) {
    return this.questionsService.update(viewer, input);
  }

  @Mutation(() => QuestionType, {
    description: 'An expert takes a directed question, hands it to a colleague, or releases it.',
  })
  @Roles(Role.EXPERT)
  assignQuestion(@Args('input') input: AssignQuestionInput, @CurrentViewer() viewer: Viewer) {
    return this.questionsService.assign(viewer, input);
  }

  @ResolveField(() => RichText)
  body(@Parent() row: QuestionEntity): RichText {
    return richText(row.body);
  }

  @ResolveField(() => [TopicType])
  async topics(@Parent() row: QuestionEntity): Promise<TopicEntity[]> {
    return (await this.topicsService.byIds(row.topicIds)).filter(
      (t): t is TopicEntity => t !== null,
    );
  }

  @ResolveField('countries', () => [CountryType])
  countriesInvolved(@Parent() row: QuestionEntity): Country[] {
    return this.countries.byCodes(row.countryCodes).filter((c): c is Country => c !== null);
  }

  @ResolveField(() => [OrganisationType], { description: 'Organisations asked directly.' })
  async directedTo(
    @Parent() row: QuestionEntity,
    @Context() context: RequestContext,
  ): Promise<OrganisationEntity[]> {
    return this.authorFields.organisationsByIds(row.directedToIds, context);
  }

  @ResolveField(() => QuestionType, {
    nullable: true,
    description: 'CLOSED as DUPLICATE: the original, when you may read it.',
  })
  async duplicateOf(
    @Parent() row: QuestionEntity,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<QuestionEntity | null> {
    if (!row.duplicateOfId) return null;
    return this.questionsService.findReadable(viewer, row.duplicateOfId);
  }

  @ResolveField(() => AnswerConnection, {
    description:
      'The answers you may read: accepted first, then official ones, then oldest first; totalCount counts them.',
  })
  async answers(
    @Parent() row: QuestionEntity,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
  ): Promise<ConnectionShape<AnswerEntity>> {
    // One batched load per request for every question on the page (no N+1); each question's
    // readable answers are then paged in memory on the same keys they are ordered by.
    const answers = await this.loaders.answersOf(context).load(row);
    return paginateAnswers(row, answers, page);
  }

  @ResolveField(() => AnswerType, { nullable: true })
  async acceptedAnswer(
    @Parent() row: QuestionEntity,
    @Context() context: RequestContext,
  ): Promise<AnswerEntity | null> {
    if (!row.acceptedAnswerId) return null;
    const answers = await this.loaders.answersOf(context).load(row);
    return answers.find((a) => a.id === row.acceptedAnswerId) ?? null;
  }

  @ResolveField(() => Boolean, {
    description: 'Past its response target with no official answer yet (directed questions).',
  })
  async overdue(
    @Parent() row: QuestionEntity,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    if (!row.responseDueOn || row.status !== QuestionStatus.OPEN) return false;
    if (!isOverdue(row.responseDueOn, new Date())) return false;
    const answers = await this.loaders.answersOf(context).load(row);
    return !answers.some((a) => a.official && row.directedToIds.includes(a.authorOrganisationId));
  }

  @ResolveField(() => QuestionAssigneeType, {
    nullable: true,
    description: 'Who on the team has taken it; for experts of an organisation it is directed to.',
  })
  async assignedTo(
    @Parent() row: QuestionEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<QuestionAssigneeType | null> {
    if (!row.assignedToId || !this.questionsService.canSeeTriage(viewer, row)) return null;
    const member: MemberEntity | null = await this.authorFields
      .memberLoader(context)
      .load(row.assignedToId);
    return member ? { id: member.id, displayName: member.displayName } : null;
  }

  @ResolveField(() => [QuestionAssigneeType], {
    description:
      'The experts of your organisation it can be assigned to (you included), alphabetically; empty unless you are an expert of an organisation it is directed to.',
  })
  async assignableExperts(
    @Parent() row: QuestionEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<QuestionAssigneeType[]> {
    // The same rule as assignQuestion and assignedTo: only the triage team sees its colleagues.
    if (!viewer || !this.questionsService.canSeeTriage(viewer, row)) return [];
    const experts = await this.loaders.expertsOf(context).load(viewer.organisationId);
    return experts.map((m) => ({ id: m.id, displayName: m.displayName }));
  }

  @ResolveField(() => [OrganisationType], { description: 'AMBER recipients; asker only.' })
  async recipientOrganisations(
    @Parent() row: QuestionEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<OrganisationEntity[]> {
    if (!isAuthor(viewer, row)) return [];
    return this.authorFields.organisationsByIds(row.recipientOrganisationIds, context);
  }

  @ResolveField(() => [QuestionAssigneeType], { description: 'RED recipients; asker only.' })
  async recipientMembers(
    @Parent() row: QuestionEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<QuestionAssigneeType[]> {
    if (!isAuthor(viewer, row)) return [];
    const members = await this.authorFields.membersByIds(row.recipientMemberIds, context);
    return members.map((m) => ({ id: m.id, displayName: m.displayName }));
  }

  @ResolveField(() => Boolean, { description: 'Hidden pending review.' })
  hidden(@Parent() row: QuestionEntity): boolean {
    return row.hiddenAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The moderator’s reason (rejection, closing); for the asker and moderators.',
  })
  moderationNote(@Parent() row: QuestionEntity, @OptionalViewer() viewer: Viewer | null) {
    return this.seesModeration(viewer, row) ? row.moderationNote : null;
  }

  @ResolveField(() => [ScreeningFindingType], {
    nullable: true,
    description: 'Personal-data findings in the text; for the asker and moderators.',
  })
  findings(@Parent() row: QuestionEntity, @OptionalViewer() viewer: Viewer | null) {
    if (!this.seesModeration(viewer, row)) return null;
    return this.screening.screenFields({ title: row.title, body: row.body });
  }

  private seesModeration(viewer: Viewer | null, row: QuestionEntity): boolean {
    return (
      isAuthor(viewer, row) ||
      (hasRole(viewer, Role.MODERATOR) && isCommunityLevel(row.sharingLevel))
    );
  }
}
