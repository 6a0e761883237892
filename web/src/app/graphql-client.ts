import { createClient as createWsClient } from 'graphql-ws';
import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from 'urql';
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
): Client {
  const authorization = (): Record<string, string> =>
    session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {};
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: authorization,
  });
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
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
