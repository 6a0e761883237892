// SPDX-License-Identifier: EUPL-1.2
import type { Client as WsClient } from 'graphql-ws';
import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from '@urql/core';
import { preloadedExchange, type PreloadedResults } from './preloaded-results';
import { SESSION_HEADER } from './session-api';
import type { SessionStore } from './session-store';

/**
 * One urql client for the app: queries and mutations over HTTP with the access token from
 * memory, subscriptions over graphql-ws on the same /graphql path. The session header asks
 * sign-in mutations to put the refresh token in the HttpOnly cookie instead of the response.
 */
export function createGraphqlClient(
  session: SessionStore,
  onUnauthenticated: (error: CombinedError) => void,
  /** The page load's answers that came with the session refresh (its first client only). */
  preloaded?: PreloadedResults,
): Client {
  const authorization = (): Record<string, string> =>
    session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {};
  // graphql-ws loads with the first subscription, not with the first page.
  let ws: Promise<WsClient> | undefined;
  const socket = () =>
    (ws ??= import('graphql-ws').then(({ createClient }) =>
      createClient({
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
        connectionParams: authorization,
      }),
    ));
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { ...SESSION_HEADER, ...authorization() } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
            onUnauthenticated(error);
          }
        },
      }),
      cacheExchange,
      ...(preloaded ? [preloadedExchange(preloaded)] : []),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              let unsubscribe: (() => void) | undefined;
              let closed = false;
              void socket().then((client) => {
                if (!closed) unsubscribe = client.subscribe(input, sink);
              });
              return {
                unsubscribe() {
                  closed = true;
                  unsubscribe?.();
                },
              };
            },
          };
        },
      }),
    ],
  });
}
