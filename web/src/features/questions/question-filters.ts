// SPDX-License-Identifier: EUPL-1.2
import type { QuestionFilterInput } from '../../graphql/graphql';

/** The question list's filters as the URL holds them, so a filtered list can be shared. */
export interface QuestionFilters {
  topics: string[];
  countries: string[];
  /** Authorities the questions were directed to. */
  directedTo: string[];
  mine: boolean;
  unanswered: boolean;
}

export const NO_FILTERS: QuestionFilters = {
  topics: [],
  countries: [],
  directedTo: [],
  mine: false,
  unanswered: false,
};

const UUID = /^[0-9a-f-]{36}$/i;

/** Reads the filters from the query string; values that cannot be valid are dropped. */
export function questionFiltersFromParams(params: URLSearchParams): QuestionFilters {
  const all = (key: string) => [...new Set(params.getAll(key))];
  return {
    topics: all('topic').filter((id) => UUID.test(id)),
    countries: all('country').filter((code) => /^[A-Z]{2}$/.test(code)),
    directedTo: all('to').filter((id) => UUID.test(id)),
    mine: params.get('mine') === '1',
    unanswered: params.get('unanswered') === '1',
  };
}

/** The query string for a set of filters (paging starts again from the first page). */
export function questionFiltersToParams(filters: QuestionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of filters.topics) params.append('topic', id);
  for (const code of filters.countries) params.append('country', code);
  for (const id of filters.directedTo) params.append('to', id);
  if (filters.mine) params.set('mine', '1');
  if (filters.unanswered) params.set('unanswered', '1');
  return params;
}

/**
 * The API's filter: only the parts that are set. "Mine" also lists the asker's questions still
 * waiting for a moderator (or refused), which the default statuses leave out.
 */
export function toQuestionFilter(filters: QuestionFilters): QuestionFilterInput {
  const filter: QuestionFilterInput = {};
  if (filters.topics.length) filter.topicIds = filters.topics;
  if (filters.countries.length) filter.countryCodes = filters.countries;
  if (filters.directedTo.length) filter.directedToIds = filters.directedTo;
  if (filters.unanswered) filter.unanswered = true;
  if (filters.mine) {
    filter.mine = true;
    filter.statuses = ['PENDING_REVIEW', 'OPEN', 'ANSWERED', 'CLOSED', 'REJECTED'];
  }
  return filter;
}

export function hasQuestionFilters(filters: QuestionFilters): boolean {
  return (
    filters.topics.length > 0 ||
    filters.countries.length > 0 ||
    filters.directedTo.length > 0 ||
    filters.mine ||
    filters.unanswered
  );
}
