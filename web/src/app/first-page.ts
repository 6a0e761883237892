// SPDX-License-Identifier: EUPL-1.2
import { createRequest, type AnyVariables, type Client, type TypedDocumentNode } from 'urql';
import { bootSession } from './session-boot';

/** A page's first query, started from its URL with the page load's client. */
export type FirstPageQuery = (client: Client, url: URL) => void;

let pageLoad = true;

/**
 * A route loader for the page a load lands on (a library or search link, a reload): it starts
 * the page's first query as soon as the refresh cookie has given an access token, together with
 * the session's `me` instead of after it and after the page's first render (issue 12, LCP). The
 * page then finds the answer in urql's cache, or shares the request still in flight. Only the
 * page load's own page: later navigations render at once and ask for themselves, and after a
 * sign-in the app has another client. Returns no data: the page reads its query as before.
 * The prefetching modules are part of the first load (a few KB of documents and URL parsing):
 * fetched as a chunk of their own, they arrived after the refresh cookie's answer.
 */
export function firstPageLoader(prefetch: FirstPageQuery) {
  return ({ request }: { request: Request }): null => {
    if (!pageLoad) return null;
    pageLoad = false;
    const boot = bootSession();
    void boot.restored.then((restored) => {
      if (restored) prefetch(boot.client, new URL(request.url));
    });
    return null;
  };
}

/** When each prefetched operation's answer arrived. */
const answered = new Map<number, number>();
/** How long a prefetched answer counts as the page's own (it is used within a second or two). */
const FRESH_MS = 10_000;

/** Starts a query and notes when its answer arrives (see `isFreshlyPrefetched`). */
export function prefetchQuery<Data, Variables extends AnyVariables>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): void {
  const { key } = createRequest(query, variables);
  void client
    .query(query, variables, { requestPolicy: 'network-only' })
    .toPromise()
    .then((result) => {
      if (!result.error) answered.set(key, Date.now());
    });
}

/**
 * Whether this operation's answer was just prefetched for the page load: a list that would ask
 * the network again on mount (`cache-and-network`) reads the cache instead, or the page load
 * fetched its first page twice.
 */
export function isFreshlyPrefetched<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): boolean {
  const at = answered.get(createRequest(query, variables).key);
  return at !== undefined && Date.now() - at < FRESH_MS;
}
