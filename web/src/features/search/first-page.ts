// SPDX-License-Identifier: EUPL-1.2
import type { FirstPageQuery } from '../../app/first-page';
import { SearchQuery } from './documents';
import { PAGE_SIZE, searchFromParams, toSearchFilter } from './search-params';

/** The search page's first page of hits for its URL, as SearchPage will ask for it. */
export const firstQuery: FirstPageQuery = (url) => {
  const state = searchFromParams(url.searchParams);
  if (!state.q) return null;
  return {
    query: SearchQuery,
    variables: {
      query: state.q,
      filter: toSearchFilter(state),
      sort: state.sort,
      first: PAGE_SIZE,
      after: null,
    },
  };
};
