// SPDX-License-Identifier: EUPL-1.2

/**
 * The four GraphQL documents `npm run bench:load` sends, each to the real API and to the
 * baseline (load-baseline.ts), which answers exactly these fields and nothing else. They are
 * what the web client's pages ask for, trimmed to the fields a page shows (the web client's
 * documents in web/src/features/…/documents.ts are the source).
 */
export type LoadPath = 'cases' | 'question' | 'search' | 'notifications';

export const LOAD_PATHS: readonly LoadPath[] = ['cases', 'question', 'search', 'notifications'];

/** The case library: a page of 20 with what a row shows (CaseSummary). */
export const CASES_PAGE = `query Cases($first: Int) {
  cases(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title summary authorLabel sharingLevel status outcome year publishedAt
      countries { code name }
    } }
  }
}`;

/** A question page with its answers (rendered bodies, authors, acceptance, votes). */
export const QUESTION_PAGE = `query Question($id: ID!) {
  question(id: $id) {
    id title body { html } authorLabel sharingLevel status openedAt
    topics { id name }
    countries { code name }
    answers(first: 20) {
      totalCount
      edges { node { id body { html } authorLabel accepted helpfulCount publishedAt } }
    }
  }
}`;

/** One search page: hits with highlights and their items (the engine computes facets anyway). */
export const SEARCH_PAGE = `query Search($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    edges { cursor node {
      titleHighlight snippet
      item { __typename ... on Case { id title } ... on Question { id title } }
    } }
  }
}`;

/** The notification list (the bell's page). */
export const NOTIFICATIONS_PAGE = `query Notifications($first: Int) {
  notifications(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind text title read createdAt contentType contentId } }
  }
}`;

export const DOCUMENTS: Record<LoadPath, string> = {
  cases: CASES_PAGE,
  question: QUESTION_PAGE,
  search: SEARCH_PAGE,
  notifications: NOTIFICATIONS_PAGE,
};

/** The variables of the n-th request on a path (questions and search terms rotate). */
export function variablesFor(
  path: LoadPath,
  n: number,
  corpus: { questionIds: readonly string[]; searchTerms: readonly string[] },
): Record<string, unknown> {
  switch (path) {
    case 'cases':
    case 'notifications':
      return { first: 20 };
    case 'question':
      return { id: corpus.questionIds[n % corpus.questionIds.length] };
    case 'search':
      return { query: corpus.searchTerms[n % corpus.searchTerms.length] };
  }
}
