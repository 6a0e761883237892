// SPDX-License-Identifier: EUPL-1.2
import type { FirstPageQuery } from '../../app/first-page';
import { DEFAULT_PAGE_SIZE } from '../../components/page-size';
import { CasesQuery } from './documents';
import { filtersFromParams, toCaseFilter } from './library-filters';

/** The case library's first page of cases for its URL, as CaseList will ask for it. */
export const firstQuery: FirstPageQuery = (url) => ({
  query: CasesQuery,
  variables: {
    filter: toCaseFilter(filtersFromParams(url.searchParams)),
    first: DEFAULT_PAGE_SIZE,
    after: null,
  },
});
