// SPDX-License-Identifier: EUPL-1.2
import type { CaseFilterInput, CaseOutcome, SharingLevel } from '../../graphql/graphql';

export const OUTCOMES: readonly CaseOutcome[] = [
  'PROCEEDED',
  'PROCEEDED_WITH_MITIGATIONS',
  'MODIFIED',
  'DECLINED',
  'TERMINATED',
];
export const SHARING_LEVELS: readonly SharingLevel[] = [
  'CLEAR',
  'GREEN',
  'AMBER',
  'AMBER_STRICT',
  'RED',
];

/** The library's filters as the URL holds them, so a filtered list can be shared and reloaded. */
export interface LibraryFilters {
  topics: string[];
  countries: string[];
  outcomes: CaseOutcome[];
  years: number[];
  levels: SharingLevel[];
}

const PARAM = {
  topics: 'topic',
  countries: 'country',
  outcomes: 'outcome',
  years: 'year',
  levels: 'level',
} as const satisfies Record<keyof LibraryFilters, string>;

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}

/** Reads the filters from the query string; values that cannot be valid are dropped. */
export function filtersFromParams(params: URLSearchParams): LibraryFilters {
  const all = (key: string) => [...new Set(params.getAll(key))];
  return {
    topics: all(PARAM.topics).filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
    countries: all(PARAM.countries).filter((code) => /^[A-Z]{2}$/.test(code)),
    outcomes: all(PARAM.outcomes).filter(oneOf(OUTCOMES)),
    years: all(PARAM.years)
      .filter((year) => /^\d{4}$/.test(year))
      .map(Number),
    levels: all(PARAM.levels).filter(oneOf(SHARING_LEVELS)),
  };
}

/** The query string for a set of filters (paging starts again from the first page). */
export function filtersToParams(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof LibraryFilters)[]) {
    for (const value of filters[key]) params.append(PARAM[key], String(value));
  }
  return params;
}

/** The API's filter: only the parts that are set, so an empty form lists every readable case. */
export function toCaseFilter(filters: LibraryFilters): CaseFilterInput {
  const filter: CaseFilterInput = {};
  if (filters.topics.length) filter.topicIds = filters.topics;
  if (filters.countries.length) filter.countryCodes = filters.countries;
  if (filters.outcomes.length) filter.outcomes = filters.outcomes;
  if (filters.years.length) filter.years = filters.years;
  if (filters.levels.length) filter.sharingLevels = filters.levels;
  return filter;
}

export function hasFilters(filters: LibraryFilters): boolean {
  return Object.values(filters).some((values: unknown[]) => values.length > 0);
}
