// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import { Members, Public } from 'src/graph/auth/access.decorators';
import { CurrentViewer, OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import { PageArgs } from 'src/graph/pagination/page-args';
import { LocalDateScalar } from 'src/graph/scalars/local-date.scalar';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { AuthorFields } from 'src/modules/attribution/author-fields';
import { AuthoredContentResolver } from 'src/modules/attribution/authored-content.resolver';
import { isAuthor } from 'src/modules/attribution/author-presentation';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import type { CaseBodies } from 'src/modules/cases/cases.repository';
import { CasesService } from 'src/modules/cases/cases.service';
import {
  CasesArgs,
  SubmitCaseInput,
  UpdateCaseInput,
  WithdrawCaseInput,
  DeleteCaseInput,
} from 'src/modules/cases/dto/case-inputs';
import { DeleteCasePayload } from 'src/modules/cases/dto/case.type';
import {
  CaseConnection,
  CaseRecipientType,
  CaseRevisionConnection,
  CaseType,
} from 'src/modules/cases/dto/case.type';
import { CreateCaseInput } from 'src/modules/cases/dto/create-case.input';
import type { Country } from 'src/modules/countries/countries.service';
import { CountriesService } from 'src/modules/countries/countries.service';
import { CountryType } from 'src/modules/countries/dto/country.type';
import { RichText, richText } from 'src/modules/markdown/rich-text.type';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { ScreeningFindingType } from 'src/modules/screening/dto/screening-finding.type';
import { TopicType } from 'src/modules/taxonomy/dto/topic.type';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import type { TopicEntity } from 'src/modules/taxonomy/topic.entity';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { isUuid } from 'src/common/uuid';

// Attribution (DOMAIN §3): everyone but the author sees only what the attribution allows.
@Resolver(() => CaseType)
export class CasesResolver extends AuthoredContentResolver(CaseType, {
  authorName: 'The author’s name: NAMED cases, and your own.',
  organisation: 'The author’s organisation: NAMED and ORGANISATION cases, and your own.',
  authorOrganisationKind: 'The kind of the author’s organisation: all an ANONYMOUS case shows.',
  authorLabel:
    'Who wrote it, as the attribution allows: "name, organisation", the organisation, or a placeholder such as "a Swedish higher education institution".',
}) {
  constructor(
    private readonly casesService: CasesService,
    private readonly topics: TopicsService,
    private readonly countries: CountriesService,
    authorFields: AuthorFields,
  ) {
    super(authorFields);
  }

  @Query(() => CaseType, {
    nullable: true,
    description:
      'A case the viewer may read; null when there is none or the viewer may not read it (the same answer, so neither is revealed).',
  })
  @Public()
  async case(
    @Args('id', { type: () => ID }) id: string,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<CaseEntity | null> {
    return isUuid(id) ? this.casesService.findReadable(viewer, id) : null;
  }

  @Query(() => CaseConnection, {
    description: 'Cases the viewer may read, newest first; totalCount counts only those.',
  })
  @Public()
  cases(@Args() { filter, ...page }: CasesArgs, @OptionalViewer() viewer: Viewer | null) {
    return this.casesService.list(viewer, filter ?? {}, page);
  }

  @Mutation(() => CaseType, { description: 'Starts a draft only its author sees.' })
  @Members()
  createCase(@Args('input') input: CreateCaseInput, @CurrentViewer() viewer: Viewer) {
    return this.casesService.create(viewer, input);
  }

  @Mutation(() => CaseType, { description: 'Edits a case; keeps a revision. CONFLICT when stale.' })
  @Members()
  updateCase(@Args('input') input: UpdateCaseInput, @CurrentViewer() viewer: Viewer) {
    return this.casesService.update(viewer, input);
  }

  @Mutation(() => CaseType, {
    description:
      'Screens and submits a draft: CLEAR/GREEN go to moderation, other levels are published to their audience. PII_UNRESOLVED while findings are not removed or acknowledged.',
  })
  @Members()
  submitCase(@Args('input') input: SubmitCaseInput, @CurrentViewer() viewer: Viewer) {
    return this.casesService.submit(viewer, input);
  }

  @Mutation(() => CaseType, {
    description:
      'The author takes a case down: a published one, or one waiting for, sent back or refused by a moderator. It can be edited and submitted again.',
  })
  @Members()
  withdrawCase(@Args('input') input: WithdrawCaseInput, @CurrentViewer() viewer: Viewer) {
    return this.casesService.withdraw(viewer, input.id);
  }

  @Mutation(() => DeleteCasePayload, {
    description:
      'The author deletes a draft for good, with its revisions. Anything submitted is withdrawn instead.',
  })
  @Members()
  async deleteCase(
    @Args('input') input: DeleteCaseInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DeleteCasePayload> {
    return { id: await this.casesService.deleteDraft(viewer, input.id) };
  }

  // Bodies: Markdown as written, HTML rendered and sanitised on demand. A list's rows come
  // without them (CasesRepository.page); they are then read for the page at once.
  @ResolveField(() => RichText)
  async context(@Parent() row: CaseEntity, @Context() context: RequestContext): Promise<RichText> {
    return richText((await this.bodies(row, context)).context);
  }

  @ResolveField(() => RichText)
  async whatHappened(
    @Parent() row: CaseEntity,
    @Context() context: RequestContext,
  ): Promise<RichText> {
    return richText((await this.bodies(row, context)).whatHappened);
  }

  @ResolveField(() => RichText, { nullable: true })
  async assessment(
    @Parent() row: CaseEntity,
    @Context() context: RequestContext,
  ): Promise<RichText | null> {
    return optionalRichText((await this.bodies(row, context)).assessment);
  }

  @ResolveField(() => RichText, { nullable: true })
  async mitigations(
    @Parent() row: CaseEntity,
    @Context() context: RequestContext,
  ): Promise<RichText | null> {
    return optionalRichText((await this.bodies(row, context)).mitigations);
  }

  @ResolveField(() => RichText, { nullable: true })
  async lessonsLearned(
    @Parent() row: CaseEntity,
    @Context() context: RequestContext,
  ): Promise<RichText | null> {
    return optionalRichText((await this.bodies(row, context)).lessonsLearned);
  }

  /** The row's bodies: its own, or (a list's row) the page's, read once for all its rows. */
  private async bodies(row: CaseEntity, context: RequestContext): Promise<CaseBodies> {
    if (row.context !== undefined) return row;
    const bodies = await requestLoader<string, CaseBodies>(context, 'caseBodies', (ids) =>
      this.casesService.bodiesByIds(ids),
    ).load(row.id);
    // Deleted since the page was read (a draft): nothing to show.
    return bodies ?? { ...EMPTY_BODIES, id: row.id };
  }

  // Taxonomy: the topic catalogue and the countries are held in memory, so no query per case.
  @ResolveField(() => [TopicType])
  riskAreas(@Parent() row: CaseEntity) {
    return this.topicsOfKind(row, TopicKind.RISK_AREA);
  }

  @ResolveField(() => [TopicType])
  collaborationTypes(@Parent() row: CaseEntity) {
    return this.topicsOfKind(row, TopicKind.COLLABORATION_TYPE);
  }

  @ResolveField(() => [TopicType])
  technologyAreas(@Parent() row: CaseEntity) {
    return this.topicsOfKind(row, TopicKind.TECHNOLOGY_AREA);
  }

  @ResolveField(() => TopicType, { nullable: true })
  async researchField(@Parent() row: CaseEntity): Promise<TopicEntity | null> {
    return (await this.topicsOfKind(row, TopicKind.RESEARCH_FIELD))[0] ?? null;
  }

  @ResolveField('countries', () => [CountryType])
  countriesInvolved(@Parent() row: CaseEntity): Country[] {
    return this.countries.byCodes(row.countryCodes).filter((c): c is Country => c !== null);
  }

  // The author's own view: audience, moderation and screening.
  @ResolveField(() => [OrganisationType], {
    description: 'AMBER recipients; shown to the author only.',
  })
  async recipientOrganisations(
    @Parent() row: CaseEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<OrganisationEntity[]> {
    if (!isAuthor(viewer, row)) return [];
    return this.authorFields.organisationsByIds(row.recipientOrganisationIds, context);
  }

  @ResolveField(() => [CaseRecipientType], {
    description: 'RED recipients; shown to the author only.',
  })
  async recipientMembers(
    @Parent() row: CaseEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<CaseRecipientType[]> {
    if (!isAuthor(viewer, row)) return [];
    const members = await this.authorFields.membersByIds(row.recipientMemberIds, context);
    return members.map((m) => ({ id: m.id, displayName: m.displayName }));
  }

  @ResolveField(() => LocalDateScalar, {
    nullable: true,
    description: 'Shown to the author only.',
  })
  reviewBy(@Parent() row: CaseEntity, @OptionalViewer() viewer: Viewer | null): string | null {
    return isAuthor(viewer, row) ? row.reviewBy : null;
  }

  @ResolveField(() => Boolean, { description: 'Hidden pending review (by a moderator or flags).' })
  hidden(@Parent() row: CaseEntity): boolean {
    return row.hiddenAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The moderator’s comment or reason; for the author and moderators.',
  })
  moderationNote(@Parent() row: CaseEntity, @OptionalViewer() viewer: Viewer | null) {
    return this.seesModeration(viewer, row) ? row.moderationNote : null;
  }

  @ResolveField(() => [String], {
    description:
      'Fingerprints of findings the author acknowledged as not personal data; for the author and moderators.',
  })
  acknowledgedFindings(@Parent() row: CaseEntity, @OptionalViewer() viewer: Viewer | null) {
    // Moderators judge the acknowledgements (DOMAIN §4), so they see them with the findings.
    return this.seesModeration(viewer, row) ? row.acknowledgedFindings : [];
  }

  @ResolveField(() => [ScreeningFindingType], {
    nullable: true,
    description: 'Personal-data findings in the current text; for the author and moderators.',
  })
  async findings(
    @Parent() row: CaseEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ) {
    if (!this.seesModeration(viewer, row)) return null;
    return this.casesService.findings({ ...row, ...(await this.bodies(row, context)) });
  }

  @ResolveField(() => CaseRevisionConnection, {
    nullable: true,
    description: 'Every edit, newest first; for the author and moderators.',
  })
  async revisions(
    @Parent() row: CaseEntity,
    @Args() page: PageArgs,
    @OptionalViewer() viewer: Viewer | null,
  ) {
    if (!this.seesModeration(viewer, row)) return null;
    const revisions = await this.casesService.revisions(row, page);
    if (isAuthor(viewer, row)) return revisions;
    // Moderators see what was written, not the author-only audience and review date.
    return {
      ...revisions,
      edges: revisions.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          ...node,
          snapshot: Object.fromEntries(
            Object.entries(node.snapshot).filter(([field]) => !AUTHOR_ONLY_FIELDS.has(field)),
          ),
        },
      })),
    };
  }

  private seesModeration(viewer: Viewer | null, row: CaseEntity): boolean {
    return (
      isAuthor(viewer, row) ||
      (hasRole(viewer, Role.MODERATOR) && isCommunityLevel(row.sharingLevel))
    );
  }

  private async topicsOfKind(row: CaseEntity, kind: TopicKind): Promise<TopicEntity[]> {
    return (await this.topics.byIds(row.topicIds)).filter(
      (topic): topic is TopicEntity => topic !== null && topic.kind === kind,
    );
  }
}

const AUTHOR_ONLY_FIELDS = new Set(['recipientOrganisationIds', 'recipientMemberIds', 'reviewBy']);

const EMPTY_BODIES = {
  context: '',
  whatHappened: '',
  assessment: null,
  mitigations: null,
  lessonsLearned: null,
};

function optionalRichText(markdown: string | null): RichText | null {
  return markdown === null ? null : richText(markdown);
}
