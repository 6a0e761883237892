// SPDX-License-Identifier: EUPL-1.2
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import { PageArgs } from 'src/graph/pagination/page-args';
import { assessmentSections, highestRisk } from 'src/modules/assessments/assessment-document';
import { AssessmentEditingService } from 'src/modules/assessments/assessment-editing.service';
import { AssessmentExcerptService } from 'src/modules/assessments/assessment-excerpt.service';
import { AssessmentExportService } from 'src/modules/assessments/assessment-export.service';
import { RiskRating } from 'src/modules/assessments/assessment-enums';
import {
  AssessmentsService,
  displayName,
  type AssessmentRecord,
} from 'src/modules/assessments/assessments.service';
import {
  AssessmentExcerptInput,
  AssessmentExportArgs,
  AssessmentsArgs,
  DecideAssessmentInput,
  SetAssessmentReviewDateArgs,
  ShareAssessmentInput,
  StartAssessmentInput,
  UpdateAssessmentInput,
} from 'src/modules/assessments/dto/assessment.inputs';
import {
  AssessmentChangeConnection,
  AssessmentConnection,
  AssessmentExcerptType,
  AssessmentExportType,
  AssessmentGuidelineRefType,
  AssessmentSectionType,
  AssessmentType,
} from 'src/modules/assessments/dto/assessment.types';
import { stockholmDate } from 'src/modules/questions/working-days';
import { DirectoryMemberType } from 'src/modules/members/dto/directory-member.type';
import { directoryEntry } from 'src/modules/members/member-directory';

/**
 * Self-assessments (DOMAIN §15). Every member may call these; the services answer only for the
 * assessment's owner and the members it is shared with (null / NOT_FOUND for everyone else).
 */
@Resolver(() => AssessmentType)
export class AssessmentsResolver {
  constructor(
    private readonly reading: AssessmentsService,
    private readonly editing: AssessmentEditingService,
    private readonly exports: AssessmentExportService,
    private readonly excerpts: AssessmentExcerptService,
  ) {}

  @Query(() => AssessmentConnection, {
    description: 'Your assessments and those shared with you, newest updated first.',
  })
  @Members()
  assessments(@Args() args: AssessmentsArgs, @CurrentViewer() viewer: Viewer) {
    return this.reading.list(viewer, args.status ?? null, args);
  }

  @Query(() => AssessmentType, {
    nullable: true,
    description: 'Null when not found or not readable (the same answer).',
  })
  @Members()
  assessment(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.reading.findReadable(viewer, id);
  }

  @Query(() => AssessmentExportType, {
    description: 'A document for the organisation’s decision file; NOT_FOUND when unreadable.',
  })
  @Members()
  assessmentExport(@Args() args: AssessmentExportArgs, @CurrentViewer() viewer: Viewer) {
    return this.exports.export(viewer, args.id, args.format);
  }

  @Query(() => AssessmentExcerptType, {
    description:
      'Markdown of only the chosen questions and parts, for “Ask about this” and “Share as case”; screened where it is used.',
  })
  @Members()
  assessmentExcerpt(@Args('input') input: AssessmentExcerptInput, @CurrentViewer() viewer: Viewer) {
    return this.excerpts.excerpt(viewer, input);
  }

  @Mutation(() => AssessmentType, {
    description: 'A new draft assessment from a published guideline version, owned by you.',
  })
  @Members()
  startAssessment(@Args('input') input: StartAssessmentInput, @CurrentViewer() viewer: Viewer) {
    return this.editing.start(viewer, input);
  }

  @Mutation(() => AssessmentType, {
    description: 'Saves a draft; items given replace those items’ answers. CONFLICT if stale.',
  })
  @Members()
  updateAssessment(@Args('input') input: UpdateAssessmentInput, @CurrentViewer() viewer: Viewer) {
    return this.editing.update(viewer, input);
  }

  @Mutation(() => AssessmentType, {
    description: 'Owner only: replaces the share list (active members of the organisation).',
  })
  @Members()
  shareAssessment(@Args('input') input: ShareAssessmentInput, @CurrentViewer() viewer: Viewer) {
    return this.editing.share(viewer, input);
  }

  @Mutation(() => AssessmentType, {
    description: 'Records the decision; INVALID_STATE if decided.',
  })
  @Members()
  decideAssessment(@Args('input') input: DecideAssessmentInput, @CurrentViewer() viewer: Viewer) {
    return this.editing.decide(viewer, input);
  }

  @Mutation(() => AssessmentType, {
    description: 'DECIDED → DRAFT; the last decision stays in the history.',
  })
  @Members()
  reopenAssessment(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedUpdatedAt', { type: () => Date }) expectedUpdatedAt: Date,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.editing.reopen(viewer, id, expectedUpdatedAt);
  }

  @Mutation(() => AssessmentType, { description: 'Sets or (null) removes the review date.' })
  @Members()
  setAssessmentReviewDate(
    @Args() args: SetAssessmentReviewDateArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.editing.setReviewDate(viewer, args.id, args.reviewOn ?? null);
  }

  @Mutation(() => Boolean, { description: 'Owner only: deletes the assessment for good.' })
  @Members()
  deleteAssessment(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.editing.delete(viewer, id);
  }

  @ResolveField(() => Boolean, { description: 'The review date has come (reviewOn ≤ today).' })
  reviewDue(@Parent() record: AssessmentRecord): boolean {
    return record.reviewOn !== null && record.reviewOn <= stockholmDate(new Date());
  }

  @ResolveField(() => Boolean)
  viewerIsOwner(@Parent() record: AssessmentRecord, @CurrentViewer() viewer: Viewer): boolean {
    return this.reading.isOwner(viewer, record);
  }

  @ResolveField(() => AssessmentGuidelineRefType)
  guideline(@Parent() record: AssessmentRecord) {
    return this.reading.guidelineRef(record);
  }

  @ResolveField(() => DirectoryMemberType)
  async owner(
    @Parent() record: AssessmentRecord,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DirectoryMemberType> {
    const [member] = await this.reading.membersByIds([record.ownerId]);
    if (!member) throw new Error(`Assessment ${record.id} has no owner row`);
    return { ...directoryEntry(member, viewer), displayName: displayName(member, viewer.locale) };
  }

  @ResolveField(() => [DirectoryMemberType], {
    description: 'The members it is shared with (active members of the organisation).',
  })
  async sharedWith(
    @Parent() record: AssessmentRecord,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DirectoryMemberType[]> {
    const members = await this.reading.membersByIds(record.sharedMemberIds);
    return members
      .map((m) => ({ ...directoryEntry(m, viewer), displayName: displayName(m, viewer.locale) }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  }

  @ResolveField(() => [AssessmentSectionType], {
    description: 'The sections with questions, in the guideline version’s order.',
  })
  async sections(@Parent() record: AssessmentRecord, @Context() context: RequestContext) {
    return assessmentSections(await this.parts(record, context));
  }

  @ResolveField(() => RiskRating, { nullable: true })
  async highestRisk(@Parent() record: AssessmentRecord, @Context() context: RequestContext) {
    return highestRisk((await this.parts(record, context)).items);
  }

  @ResolveField(() => Int, {
    description:
      'Mitigations recorded; a mitigation has no done state yet, so every one counts as open.',
  })
  async openMitigationCount(
    @Parent() record: AssessmentRecord,
    @Context() context: RequestContext,
  ) {
    return (await this.parts(record, context)).mitigations.length;
  }

  @ResolveField(() => AssessmentChangeConnection, { description: 'Newest first.' })
  history(
    @Parent() record: AssessmentRecord,
    @Args() page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.reading.history(viewer, record, page);
  }

  /** One load of the parts per assessment and request (sections, risk and count share it). */
  private async parts(record: AssessmentRecord, context: RequestContext) {
    // Keyed by assessment and version: the batch has no other way to know each one's version.
    const parts = await requestLoader(context, 'assessmentParts', (keys: readonly string[]) =>
      Promise.all(
        keys.map((key) => {
          const [id, guidelineVersionId] = key.split('|') as [string, string];
          return this.reading.parts({ id, guidelineVersionId });
        }),
      ),
    ).load(`${record.id}|${record.guidelineVersionId}`);
    return parts!;
  }
}
