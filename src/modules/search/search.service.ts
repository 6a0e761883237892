// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { forwardPageInfo } from 'src/graph/pagination/connection.type';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import { CasesService } from 'src/modules/cases/cases.service';
import { CountriesService } from 'src/modules/countries/countries.service';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { QuestionsService } from 'src/modules/questions/questions.service';
import {
  SEARCH_ENGINE,
  type FacetCount,
  type SearchEngine,
  type SearchRequest,
} from 'src/modules/search/engine/search-engine';
import type { SearchArgs } from 'src/modules/search/dto/search.args';
import type { SearchFacetsType, SearchResultsType } from 'src/modules/search/dto/search.types';
import { parseSearchQuery } from 'src/modules/search/language/search-query';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { CaseOutcome } from 'src/modules/cases/case-enums';
import type { SearchableContent } from 'src/modules/search/dto/search.args';

/**
 * `search` (DOMAIN §10): asks the configured engine, then loads the hits through the cases' and
 * questions' services, which check each once more with ContentAccess, so an index that lags
 * behind a narrowed level cannot show an item; such a hit is dropped from the page.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly cases: CasesService,
    private readonly questions: QuestionsService,
    private readonly topics: TopicsService,
    private readonly countries: CountriesService,
  ) {}

  async search(viewer: Viewer | null, args: SearchArgs): Promise<SearchResultsType> {
    // Refuses a query with nothing to search for (`- OR "`) before any engine sees it.
    parseSearchQuery(args.query);
    const filter = args.filter ?? {};
    const request: SearchRequest = {
      query: args.query,
      filter: {
        ...filter,
        countryCodes: filter.countryCodes?.length
          ? this.countries.requireCodes(filter.countryCodes, 'filter.countryCodes')
          : undefined,
      },
      sort: args.sort,
      first: args.first,
      after: args.after,
    };
    const result = await this.engine.search(request, viewer);
    const items = await this.load(viewer, result.hits);
    const edges = result.hits.flatMap((hit) => {
      const item = items.get(`${hit.type}:${hit.id}`);
      return item
        ? [
            {
              cursor: hit.cursor,
              node: { item, titleHighlight: hit.titleHighlight, snippet: hit.snippet },
            },
          ]
        : [];
    });
    return {
      edges,
      totalCount: result.totalCount,
      totalCountIsExact: result.totalCountIsExact,
      facetCountsAreExact: result.facetCountsAreExact,
      // From the engine's hits, not the edges: a hit the re-check drops still moves the cursor on.
      pageInfo: forwardPageInfo(result.hits, result.hasNextPage),
      facets: await this.facets(result.facets),
      didYouMean: result.didYouMean,
      engine: this.engine.name,
    };
  }

  private async load(viewer: Viewer | null, hits: readonly { type: string; id: string }[]) {
    const ids = (type: string) => hits.filter((h) => h.type === type).map((h) => h.id);
    const items = new Map<string, CaseEntity | QuestionEntity>();
    // Side by side: two statements at once, not one after the other.
    const [cases, questions] = await Promise.all([
      this.cases.readableByIds(viewer, ids('CASE')),
      this.questions.readableByIds(viewer, ids('QUESTION')),
    ]);
    for (const row of cases) items.set(`CASE:${row.id}`, row);
    for (const row of questions) items.set(`QUESTION:${row.id}`, row);
    return items;
  }

  private async facets(
    facets: Awaited<ReturnType<SearchEngine['search']>>['facets'],
  ): Promise<SearchFacetsType> {
    const topics = await this.topics.byIds(facets.topic.map((f) => f.value));
    const topicFacets = (kind: TopicKind) =>
      facets.topic.flatMap((facet, i) => {
        const topic = topics[i];
        return topic && topic.kind === kind ? [{ topic, count: facet.count }] : [];
      });
    const countries = this.countries.byCodes(facets.country.map((f) => f.value));
    // Engines count stored strings; the schema types each facet's value like its filter.
    const counted = <T>(list: FacetCount[], value: (raw: string) => T) =>
      list.map((f) => ({ value: value(f.value), count: f.count }));
    return {
      types: counted(facets.type, (v) => v as SearchableContent),
      riskAreas: topicFacets(TopicKind.RISK_AREA),
      collaborationTypes: topicFacets(TopicKind.COLLABORATION_TYPE),
      technologyAreas: topicFacets(TopicKind.TECHNOLOGY_AREA),
      researchFields: topicFacets(TopicKind.RESEARCH_FIELD),
      countries: facets.country.flatMap((facet, i) => {
        const country = countries[i];
        return country ? [{ country, count: facet.count }] : [];
      }),
      outcomes: counted(facets.outcome, (v) => v as CaseOutcome),
      years: counted(facets.year, Number),
      sharingLevels: counted(facets.sharingLevel, (v) => v as SharingLevel),
    };
  }
}
