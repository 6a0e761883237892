// SPDX-License-Identifier: EUPL-1.2
import { createRequest, type AnyVariables, type Client } from '@urql/core';
import type { DocumentNode } from 'graphql';

/** A page's first query for its URL, exactly as the page will ask for it. */
export interface FirstQuery {
  query: DocumentNode;
  variables: AnyVariables;
}

/** A landing page's first query for a URL (null when the URL needs none). */
export type FirstPageQuery = (url: URL) => FirstQuery | null;

/** When each prefetched operation's answer arrived. */
const answered = new Map<number, number>();
/** How long a prefetched answer counts as the page's own (it is used within a second or two). */
const FRESH_MS = 10_000;

/** Starts a query and notes when its answer arrives (see `isFreshlyPrefetched`). */
export function prefetchQuery(client: Client, { query, variables }: FirstQuery): void {
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
export function isFreshlyPrefetched(query: DocumentNode, variables: AnyVariables): boolean {
  const at = answered.get(createRequest(query, variables).key);
  return at !== undefined && Date.now() - at < FRESH_MS;
}
