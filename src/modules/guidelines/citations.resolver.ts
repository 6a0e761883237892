// SPDX-License-Identifier: EUPL-1.2
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from 'src/graph/auth/request-context';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import { CaseType } from 'src/modules/cases/dto/case.type';
import { CitationType } from 'src/modules/guidelines/dto/guideline.types';
import {
  CitationsService,
  type CitingColumn,
  type ResolvedCitation,
} from 'src/modules/guidelines/citations.service';
import { AnswerType, QuestionType } from 'src/modules/questions/dto/question.types';

const DESCRIPTION =
  'Guideline sections this item cites, each at its version. Read with the item only: whoever may read the item may read its citations.';

function load(
  citations: CitationsService,
  context: RequestContext,
  column: CitingColumn,
  id: string,
): Promise<CitationType[]> {
  return requestLoader<string, ResolvedCitation[]>(context, `citations:${column}`, async (ids) => {
    const byItem = await citations.ofItems(column, ids);
    return ids.map((itemId) => byItem.get(itemId) ?? []);
  })
    .load(id)
    .then((rows) =>
      (rows ?? []).map((c) => ({
        id: c.id,
        guidelineSlug: c.guideline.slug,
        versionId: c.version.id,
        versionNumber: c.version.number,
        titleSv: c.version.titleSv,
        titleEn: c.version.titleEn,
        sectionKey: c.sectionKey,
        headingSv: c.section.headingSv,
        headingEn: c.section.headingEn,
        latestVersionNumber: c.latestVersionNumber,
        newerVersionExists: c.newerVersionExists,
        sectionChangedSince: c.sectionChangedSince,
      })),
    );
}

// The parents below are only ever returned after their own access check (case, question,
// answer resolvers), so these fields add nothing a reader of the item could not read.
@Resolver(() => CaseType)
export class CaseCitationsResolver {
  constructor(private readonly service: CitationsService) {}

  @ResolveField(() => [CitationType], { description: DESCRIPTION })
  citations(@Parent() item: { id: string }, @Context() context: RequestContext) {
    return load(this.service, context, 'caseId', item.id);
  }
}

@Resolver(() => QuestionType)
export class QuestionCitationsResolver {
  constructor(private readonly service: CitationsService) {}

  @ResolveField(() => [CitationType], { description: DESCRIPTION })
  citations(@Parent() item: { id: string }, @Context() context: RequestContext) {
    return load(this.service, context, 'questionId', item.id);
  }
}

@Resolver(() => AnswerType)
export class AnswerCitationsResolver {
  constructor(private readonly service: CitationsService) {}

  @ResolveField(() => [CitationType], { description: DESCRIPTION })
  citations(@Parent() item: { id: string }, @Context() context: RequestContext) {
    return load(this.service, context, 'answerId', item.id);
  }
}
