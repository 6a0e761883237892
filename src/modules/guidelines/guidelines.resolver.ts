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
import { isUuid } from 'src/common/uuid';
import { Members, Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import {
  CreateGuidelineInput,
  MarkGuidelineReadInput,
  UpdateGuidelineDraftInput,
} from 'src/modules/guidelines/dto/guideline.inputs';
import {
  GuidelineDiffType,
  GuidelineQuestionType,
  GuidelineSectionType,
  GuidelineType,
  GuidelineVersionType,
} from 'src/modules/guidelines/dto/guideline.types';
import { GuidelineVersionStatus } from 'src/modules/guidelines/guideline-enums';
import { GuidelineEditingService } from 'src/modules/guidelines/guideline-editing.service';
import type {
  GuidelineEntity,
  GuidelineSectionEntity,
  GuidelineSectionQuestionEntity,
  GuidelineVersionEntity,
} from 'src/modules/guidelines/guideline.entity';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import { richText } from 'src/modules/markdown/rich-text.type';

const requireUuid = (id: string, what: string) => {
  if (!isUuid(id)) throw Errors.notFound(what);
  return id.toLowerCase();
};

export function toSectionType(row: GuidelineSectionEntity): GuidelineSectionType {
  return {
    versionId: row.versionId,
    key: row.key,
    position: row.position,
    headingSv: row.headingSv,
    headingEn: row.headingEn,
    bodySv: richText(row.bodySv),
    bodyEn: richText(row.bodyEn),
  };
}

/** The guideline library (DOMAIN §13): members read published versions, editors write drafts. */
@Resolver(() => GuidelineType)
export class GuidelinesResolver {
  constructor(
    private readonly library: GuidelinesService,
    private readonly editing: GuidelineEditingService,
  ) {}

  @Query(() => [GuidelineType], {
    description:
      'The guideline library: every guideline with a published version (editors and admins also see those with only a draft).',
  })
  @Members()
  guidelines(@CurrentViewer() viewer: Viewer) {
    return this.library.list(viewer);
  }

  @Query(() => GuidelineType, {
    description: 'One guideline by its address (slug) or id; NOT_FOUND otherwise.',
  })
  @Members()
  guideline(
    @Args('ref', { description: 'The slug or the id.' }) ref: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return isUuid(ref)
      ? this.library.byId(viewer, ref.toLowerCase())
      : this.library.bySlug(viewer, String(ref).slice(0, 80));
  }

  @Query(() => GuidelineVersionType, {
    description: 'A version by id: published for every member, a draft for editors only.',
  })
  @Members()
  guidelineVersion(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.library.versionById(viewer, requireUuid(id, 'Guideline version'));
  }

  @Query(() => GuidelineDiffType, {
    description: 'Section by section (by key), how version `to` differs from version `from`.',
  })
  @Members()
  guidelineDiff(
    @Args('guidelineId', { type: () => ID }) guidelineId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.library.diff(viewer, requireUuid(guidelineId, 'Guideline'), from, to);
  }

  @Mutation(() => GuidelineType, {
    description: 'Records that the viewer has read this published version (what changed since).',
  })
  @Members()
  markGuidelineRead(@Args('input') input: MarkGuidelineReadInput, @CurrentViewer() viewer: Viewer) {
    return this.library.markRead(viewer, input.guidelineId.toLowerCase(), input.versionNumber);
  }

  @Mutation(() => GuidelineType, { description: 'Editors: a new guideline with a first draft.' })
  @Roles(Role.EDITOR, Role.ADMIN)
  createGuideline(@Args('input') input: CreateGuidelineInput, @CurrentViewer() viewer: Viewer) {
    return this.editing.create(viewer, input);
  }

  @Mutation(() => GuidelineVersionType, {
    description: 'Editors: a new draft from the newest version; INVALID_STATE if one exists.',
  })
  @Roles(Role.EDITOR, Role.ADMIN)
  startGuidelineDraft(
    @Args('guidelineId', { type: () => ID }) guidelineId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.editing.startDraft(viewer, requireUuid(guidelineId, 'Guideline'));
  }

  @Mutation(() => GuidelineVersionType, {
    description: 'Editors: saves a draft; a published version answers INVALID_STATE.',
  })
  @Roles(Role.EDITOR, Role.ADMIN)
  updateGuidelineDraft(
    @Args('input') input: UpdateGuidelineDraftInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.editing.updateDraft(viewer, { ...input, versionId: input.versionId.toLowerCase() });
  }

  @Mutation(() => GuidelineVersionType, {
    description: 'Editors: publishes a draft. It never changes again; followers are told.',
  })
  @Roles(Role.EDITOR, Role.ADMIN)
  publishGuidelineVersion(
    @Args('versionId', { type: () => ID }) versionId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.editing.publish(viewer, requireUuid(versionId, 'Guideline version'));
  }

  @ResolveField(() => [GuidelineVersionType], {
    description: 'Published versions, oldest first; editors also get the draft.',
  })
  versions(
    @Parent() guideline: GuidelineEntity,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<GuidelineVersionEntity[] | null> {
    return requestLoader<string, GuidelineVersionEntity[]>(
      context,
      'guidelineVersions',
      async (ids) => {
        const all = await this.library.versions(viewer, ids);
        return ids.map((id) => all.filter((v) => v.guidelineId === id));
      },
    ).load(guideline.id);
  }

  @ResolveField(() => GuidelineVersionType, {
    nullable: true,
    description: 'The newest published version; null while there is only a draft.',
  })
  async latestVersion(
    @Parent() guideline: GuidelineEntity,
    @Context() context: RequestContext,
  ): Promise<GuidelineVersionEntity | null> {
    return requestLoader<string, GuidelineVersionEntity>(
      context,
      'guidelineLatest',
      async (ids) => {
        const latest = await this.library.latestPublished(ids);
        return ids.map((id) => latest.get(id) ?? null);
      },
    ).load(guideline.id);
  }

  @ResolveField(() => GuidelineVersionType, {
    nullable: true,
    description: 'One version by number, if the viewer may read it.',
  })
  version(
    @Parent() guideline: GuidelineEntity,
    @Args('number', { type: () => Int }) number: number,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.library.version(viewer, guideline.id, number);
  }

  @ResolveField(() => GuidelineVersionType, {
    nullable: true,
    description: 'The draft being edited: editors and admins only (null for everyone else).',
  })
  async draft(@Parent() guideline: GuidelineEntity, @CurrentViewer() viewer: Viewer) {
    const versions = await this.library.versions(viewer, [guideline.id]);
    return versions.find((v) => v.status === GuidelineVersionStatus.DRAFT) ?? null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'The version the viewer last read; null if never.',
  })
  async lastReadVersionNumber(
    @Parent() guideline: GuidelineEntity,
    @CurrentViewer() viewer: Viewer,
  ) {
    const versionId = (await this.library.lastRead(viewer, [guideline.id])).get(guideline.id);
    if (!versionId) return null;
    return (await this.library.versionById(viewer, versionId)).number;
  }

  @ResolveField(() => [String], {
    nullable: true,
    description:
      'Keys of the sections of the newest version that changed since the version the viewer last read (added, changed or removed); null if never read.',
  })
  changedSinceLastRead(@Parent() guideline: GuidelineEntity, @CurrentViewer() viewer: Viewer) {
    return this.library.changedSinceLastRead(viewer, guideline.id);
  }
}

@Resolver(() => GuidelineVersionType)
export class GuidelineVersionsResolver {
  constructor(private readonly guidelines: GuidelinesService) {}

  @ResolveField(() => [GuidelineSectionType])
  sections(
    @Parent() version: GuidelineVersionEntity,
    @Context() context: RequestContext,
  ): Promise<GuidelineSectionType[] | null> {
    // The version itself was only handed out to a viewer allowed to read it.
    return requestLoader<string, GuidelineSectionType[]>(
      context,
      'guidelineSections',
      async (ids) => {
        const all = await this.guidelines.sectionsOf(ids);
        return ids.map((id) => all.filter((s) => s.versionId === id).map(toSectionType));
      },
    ).load(version.id);
  }
}

@Resolver(() => GuidelineSectionType)
export class GuidelineSectionsResolver {
  constructor(private readonly guidelines: GuidelinesService) {}

  @ResolveField(() => [GuidelineQuestionType], {
    description: 'The assessment questions of the section, in order (DOMAIN §15).',
  })
  questions(
    @Parent() section: GuidelineSectionType,
    @Context() context: RequestContext,
  ): Promise<GuidelineQuestionType[] | null> {
    // The section was only handed out with a version the viewer may read.
    return requestLoader<string, GuidelineSectionQuestionEntity[]>(
      context,
      'guidelineSectionQuestions',
      async (versionIds) => {
        const all = await this.guidelines.questionsOf(versionIds);
        return versionIds.map((id) => all.filter((q) => q.versionId === id));
      },
    )
      .load(section.versionId)
      .then((questions) =>
        (questions ?? [])
          .filter((q) => q.sectionKey === section.key)
          .map((q) => ({ key: q.key, textSv: q.textSv, textEn: q.textEn })),
      );
  }
}
