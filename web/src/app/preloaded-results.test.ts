// SPDX-License-Identifier: EUPL-1.2
import { Client, createRequest, gql, type Exchange, type Operation } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { map, pipe } from 'wonka';
import { PreloadedResults, preloadRequest, preloadedExchange } from './preloaded-results';

const Me = gql`
  query PreloadTestMe {
    me {
      id
    }
  }
`;

/** A client whose network answers every operation with `{ network: n }` and counts the calls. */
function clientWith(results: PreloadedResults) {
  const sent: Operation[] = [];
  const network: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        if (operation.kind !== 'teardown') sent.push(operation);
        return { operation, data: { me: { id: 'from-network' } }, stale: false, hasNext: false };
      }),
    );
  const client = new Client({ url: '/graphql', exchanges: [preloadedExchange(results), network] });
  return { client, sent };
}

describe('preloaded answers (the page load’s queries answered with the session refresh)', () => {
  it('answers the first query with the same key from the preloaded answer, once', async () => {
    const results = new PreloadedResults();
    results.put(preloadRequest(Me, {}).key, { data: { me: { id: 'preloaded' } } });
    const { client, sent } = clientWith(results);
    const first = await client.query(Me, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(first.data).toEqual({ me: { id: 'preloaded' } });
    expect(sent).toHaveLength(0);
    const second = await client.query(Me, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(second.data).toEqual({ me: { id: 'from-network' } });
    expect(sent).toHaveLength(1);
  });

  it('forwards a query whose variables differ, and keeps the answer for its own query', async () => {
    const results = new PreloadedResults();
    const { key } = preloadRequest(Me, {});
    results.put(key, { data: { me: { id: 'preloaded' } } });
    const { client, sent } = clientWith(results);
    await client.query(Me, { other: 1 }).toPromise();
    expect(sent.map((o) => [o.kind, o.variables])).toEqual([['query', { other: 1 }]]);
    // Still there for the query it was preloaded for.
    expect(results.take(key)).toEqual({ data: { me: { id: 'preloaded' } } });
  });

  it('lets an answer go stale after ten seconds', () => {
    const results = new PreloadedResults();
    results.put(1, { data: {} }, 0);
    expect(results.take(1, 10_001)).toBeUndefined();
    results.put(2, { data: {} }, 0);
    expect(results.take(2, 9_999)).toEqual({ data: {} });
  });

  it('builds the request urql would send: __typename added, operation named', () => {
    const { body, key } = preloadRequest(Me, {});
    expect(body.operationName).toBe('PreloadTestMe');
    expect(body.query).toContain('__typename');
    expect(key).toBe(createRequest(Me, {}).key);
  });
});
