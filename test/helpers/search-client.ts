// SPDX-License-Identifier: EUPL-1.2
import type { GraphQLResponse, TestApp } from 'test/helpers/test-app';

/** The whole `search` answer, as a client would ask for it. */
export const SEARCH_QUERY = `query Search($query: String!, $filter: SearchFilterInput, $sort: SearchSort,
  $first: Int, $after: String) {
  search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount totalCountIsExact facetCountsAreExact didYouMean engine
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        titleHighlight snippet
        item {
          __typename
          ... on Case { id title publishedAt authorName authorLabel organisation { id } }
          ... on Question { id title openedAt authorName authorLabel organisation { id } }
        }
      }
    }
    facets {
      types { value count }
      riskAreas { topic { id kind } count }
      collaborationTypes { topic { id kind } count }
      technologyAreas { topic { id kind } count }
      researchFields { topic { id kind } count }
      countries { country { code } count }
      outcomes { value count }
      years { value count }
      sharingLevels { value count }
    }
  }
}`;

export interface SearchItemResult {
  __typename: 'Case' | 'Question';
  id: string;
  title: string;
  publishedAt?: string | null;
  openedAt?: string | null;
  authorName: string | null;
  authorLabel: string;
  organisation: { id: string } | null;
}

interface Counted {
  value: string;
  count: number;
}
interface TopicCounted {
  topic: { id: string; kind: string };
  count: number;
}

export interface SearchFacetsResult {
  types: Counted[];
  riskAreas: TopicCounted[];
  collaborationTypes: TopicCounted[];
  technologyAreas: TopicCounted[];
  researchFields: TopicCounted[];
  countries: { country: { code: string }; count: number }[];
  outcomes: Counted[];
  years: { value: number; count: number }[];
  sharingLevels: Counted[];
}

export interface SearchResultsResult {
  totalCount: number;
  totalCountIsExact: boolean;
  facetCountsAreExact: boolean;
  didYouMean: string | null;
  engine: string;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: {
    cursor: string;
    node: { titleHighlight: string; snippet: string; item: SearchItemResult };
  }[];
  facets: SearchFacetsResult;
}

export interface SearchOptions {
  filter?: Record<string, unknown>;
  sort?: 'RELEVANCE' | 'NEWEST';
  first?: number;
  after?: string | null;
}

export function searchRequest(
  t: TestApp,
  query: string,
  options: SearchOptions = {},
  token?: string,
): Promise<GraphQLResponse<{ search: SearchResultsResult }>> {
  return t.gql<{ search: SearchResultsResult }>(SEARCH_QUERY, { query, ...options }, token);
}

/** A search that must succeed; throws with the errors otherwise. */
export async function search(
  t: TestApp,
  query: string,
  options: SearchOptions = {},
  token?: string,
): Promise<SearchResultsResult> {
  const response = await searchRequest(t, query, options, token);
  if (!response.data?.search || response.errors)
    throw new Error(`search ${JSON.stringify(query)} failed: ${JSON.stringify(response.errors)}`);
  return response.data.search;
}

export const hitIds = (result: SearchResultsResult): string[] =>
  result.edges.map((edge) => edge.node.item.id);

/** What one item contributes to the facets: the fields the facets count. */
export interface FacetSource {
  type: 'CASE' | 'QUESTION';
  /** Every topic, with its kind. */
  topics: { id: string; kind: string }[];
  countryCodes: string[];
  outcome: string | null;
  year: number;
  sharingLevel: string;
}

const TOPIC_FACET = {
  RISK_AREA: 'riskAreas',
  COLLABORATION_TYPE: 'collaborationTypes',
  TECHNOLOGY_AREA: 'technologyAreas',
  RESEARCH_FIELD: 'researchFields',
} as const;

/**
 * Facets as one flat `{ "facet:value": count }` map, so two sets compare with one `toEqual`
 * and a value that should not be there shows up by name. Zero counts are kept (they would be
 * a value that betrays an unreadable item just as well).
 */
export function flatFacets(facets: SearchFacetsResult): Record<string, number> {
  const flat: Record<string, number> = {};
  const put = (key: string, count: number) => {
    if (key in flat) throw new Error(`Facet value listed twice: ${key}`);
    flat[key] = count;
  };
  for (const f of facets.types) put(`types:${f.value}`, f.count);
  for (const name of Object.values(TOPIC_FACET))
    for (const f of facets[name]) {
      if (TOPIC_FACET[f.topic.kind as keyof typeof TOPIC_FACET] !== name)
        throw new Error(`A ${f.topic.kind} topic counted under ${name}`);
      put(`${name}:${f.topic.id}`, f.count);
    }
  for (const f of facets.countries) put(`countries:${f.country.code}`, f.count);
  for (const f of facets.outcomes) put(`outcomes:${f.value}`, f.count);
  for (const f of facets.years) put(`years:${f.value}`, f.count);
  for (const f of facets.sharingLevels) put(`sharingLevels:${f.value}`, f.count);
  return flat;
}

/** The facets a set of items must produce, in the shape of flatFacets. */
export function expectedFacets(items: readonly FacetSource[]): Record<string, number> {
  const flat: Record<string, number> = {};
  const add = (key: string) => (flat[key] = (flat[key] ?? 0) + 1);
  for (const item of items) {
    add(`types:${item.type}`);
    for (const topic of new Map(item.topics.map((t) => [t.id, t])).values())
      add(`${TOPIC_FACET[topic.kind as keyof typeof TOPIC_FACET]}:${topic.id}`);
    for (const code of new Set(item.countryCodes)) add(`countries:${code}`);
    if (item.outcome) add(`outcomes:${item.outcome}`);
    add(`years:${item.year}`);
    add(`sharingLevels:${item.sharingLevel}`);
  }
  return flat;
}
