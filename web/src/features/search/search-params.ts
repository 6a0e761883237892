// SPDX-License-Identifier: EUPL-1.2
import type {
  CaseOutcome,
  SearchFilterInput,
  SearchSort,
  SearchableType,
  SharingLevel,
} from '../../graphql/graphql';
import { OUTCOMES, SHARING_LEVELS } from '../cases/library-filters';

export const TYPES: readonly SearchableType[] = ['CASE', 'QUESTION'];
export const SORTS: readonly SearchSort[] = ['RELEVANCE', 'NEWEST'];
/** The API accepts 1–200 characters. */
export const MAX_QUERY_LENGTH = 200;
/** Hits a page of results. */
export const PAGE_SIZE = 10;
/** Pages the URL may ask for at once: each is another request in a row. */
const MAX_PAGES = 20;

/**
 * A search as the URL holds it, so a search can be shared and reloaded, and back/forward step
 * through the filters one tried. `pages` is how many pages of results are shown.
 */
export interface SearchState {
  q: string;
  types: SearchableType[];
  topics: string[];
  countries: string[];
  outcomes: CaseOutcome[];
  years: number[];
  levels: SharingLevel[];
  sort: SearchSort;
  pages: number;
}

export type FilterKey = 'types' | 'topics' | 'countries' | 'outcomes' | 'years' | 'levels';
export const FILTER_KEYS: readonly FilterKey[] = [
  'types',
  'topics',
  'countries',
  'outcomes',
  'years',
  'levels',
];

const PARAM: Record<FilterKey, string> = {
  types: 'type',
  topics: 'topic',
  countries: 'country',
  outcomes: 'outcome',
  years: 'year',
  levels: 'level',
};

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}

/** Reads a search from the query string; values that cannot be valid are dropped. */
export function searchFromParams(params: URLSearchParams): SearchState {
  const all = (key: FilterKey) => [...new Set(params.getAll(PARAM[key]))];
  const sort = params.get('sort') ?? '';
  const pages = Number(params.get('pages'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    types: all('types').filter(oneOf(TYPES)),
    topics: all('topics').filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
    countries: all('countries').filter((code) => /^[A-Z]{2}$/.test(code)),
    outcomes: all('outcomes').filter(oneOf(OUTCOMES)),
    years: all('years')
      .filter((year) => /^\d{4}$/.test(year))
      .map(Number),
    levels: all('levels').filter(oneOf(SHARING_LEVELS)),
    sort: oneOf(SORTS)(sort) ? sort : 'RELEVANCE',
    pages: Number.isInteger(pages) && pages >= 1 ? Math.min(pages, MAX_PAGES) : 1,
  };
}

/** The query string for a search; defaults are left out so links stay short. */
export function searchToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    for (const value of state[key]) params.append(PARAM[key], String(value));
  }
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.pages > 1) params.set('pages', String(state.pages));
  return params;
}

/** The API's filter: only the parts that are set. */
export function toSearchFilter(state: SearchState): SearchFilterInput {
  const filter: SearchFilterInput = {};
  if (state.types.length) filter.types = state.types;
  if (state.topics.length) filter.topicIds = state.topics;
  if (state.countries.length) filter.countryCodes = state.countries;
  if (state.outcomes.length) filter.outcomes = state.outcomes;
  if (state.years.length) filter.years = state.years;
  if (state.levels.length) filter.sharingLevels = state.levels;
  return filter;
}

export function hasSearchFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state[key].length > 0);
}

/** A change of filters or sort starts again from the first page. */
export function withFilter<K extends FilterKey>(
  state: SearchState,
  key: K,
  values: SearchState[K],
): SearchState {
  return { ...state, [key]: values, pages: 1 };
}

export function withoutFilters(state: SearchState): SearchState {
  return {
    ...state,
    types: [],
    topics: [],
    countries: [],
    outcomes: [],
    years: [],
    levels: [],
    pages: 1,
  };
}
