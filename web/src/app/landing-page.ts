// SPDX-License-Identifier: EUPL-1.2
import { firstQuery as casesFirstQuery } from '../features/cases/first-page';
import { firstQuery as searchFirstQuery } from '../features/search/first-page';
import { prefetchQuery, type FirstPageQuery, type FirstQuery } from './first-page';
import type { SessionBoot } from './session-boot';

interface LandingPage {
  /** The page's first query for its URL, as the page itself will ask for it. */
  firstQuery: FirstPageQuery;
  /** The page's module (routes.tsx loads it through the same function). */
  load: () => Promise<unknown>;
}

/**
 * Pages a load often lands on (a library or search link, a bookmark, a reload) whose first
 * screen is a list from the API: the case library and search. Their LCP is that list.
 */
export const LANDING_PAGES = {
  '/cases': {
    firstQuery: casesFirstQuery,
    load: () => import('../features/cases/CaseLibraryPage'),
  },
  '/search': {
    firstQuery: searchFirstQuery,
    load: () => import('../features/search/SearchPage'),
  },
} as const satisfies Record<string, LandingPage>;

function landingPage(pathname: string): LandingPage | undefined {
  return (LANDING_PAGES as Record<string, LandingPage>)[pathname];
}

/** The first query of the page this URL lands on, if it is a landing page and needs one. */
export function landingQuery(url: URL): FirstQuery | null {
  return landingPage(url.pathname)?.firstQuery(url) ?? null;
}

let started = false;

/**
 * Starts what the landing page needs while the rest of the app is still loading (issue 12,
 * LCP): its module, and its first query, which the session restore has asked the server to
 * answer together with the refresh (see session-boot.ts); the page then finds the answer in
 * urql's cache. Runs from `early-boot.ts`, an entry of its own that the browser runs as soon
 * as its few small chunks have arrived, before React and the router (most of the first load)
 * are even evaluated. Only the page load's own page: later navigations render at once and ask
 * for themselves, and after a sign-in the app has another client.
 */
export function startLandingPage(boot: SessionBoot, url: URL): void {
  if (started) return;
  started = true;
  const page = landingPage(url.pathname);
  if (!page) return;
  void page.load();
  const query = page.firstQuery(url);
  if (!query) return;
  void boot.restored.then((restored) => {
    if (restored) prefetchQuery(boot.client, query);
  });
}
