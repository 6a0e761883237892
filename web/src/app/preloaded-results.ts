// SPDX-License-Identifier: EUPL-1.2
import {
  createRequest,
  formatDocument,
  getOperationName,
  makeResult,
  stringifyDocument,
  type AnyVariables,
  type Exchange,
  type ExecutionResult,
  type TypedDocumentNode,
} from '@urql/core';
import { filter, map, merge, pipe, share } from 'wonka';

/** A query to preload with the session refresh: its urql key and the body /graphql would get. */
export interface PreloadRequest {
  key: number;
  body: { query: string; variables: AnyVariables; operationName?: string };
}

/** The request urql's fetch exchange would send for this query (with `__typename` added). */
export function preloadRequest<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): PreloadRequest {
  const request = createRequest(query, variables);
  const document = formatDocument(request.query);
  return {
    key: request.key,
    body: {
      query: stringifyDocument(document),
      variables: request.variables,
      operationName: getOperationName(document),
    },
  };
}

/** How long a preloaded answer stands in for the network (it is used within a second or two). */
const FRESH_MS = 10_000;

/**
 * Answers that came with the session refresh (POST /auth/refresh with `preload`), each used
 * once, by the first query operation with the same key, instead of a request to /graphql.
 */
export class PreloadedResults {
  private readonly results = new Map<number, { result: ExecutionResult; at: number }>();

  put(key: number, result: ExecutionResult, now = Date.now()): void {
    this.results.set(key, { result, at: now });
  }

  /** The answer for this key, once, if it arrived less than FRESH_MS ago. */
  take(key: number, now = Date.now()): ExecutionResult | undefined {
    const found = this.results.get(key);
    this.results.delete(key);
    return found && now - found.at < FRESH_MS ? found.result : undefined;
  }
}

/**
 * Serves a query from `results` when its answer was preloaded, and forwards everything else.
 * Placed after the cache exchange, so the answer is cached as if it had come from /graphql.
 */
export function preloadedExchange(results: PreloadedResults): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const decided$ = pipe(
        operations$,
        // Decided once per operation: `take` uses the answer up.
        map((operation) => ({
          operation,
          preloaded: operation.kind === 'query' ? results.take(operation.key) : undefined,
        })),
        share,
      );
      const answered$ = pipe(
        decided$,
        filter(({ preloaded }) => preloaded !== undefined),
        map(({ operation, preloaded }) => makeResult(operation, preloaded!)),
      );
      const forwarded$ = pipe(
        decided$,
        filter(({ preloaded }) => preloaded === undefined),
        map(({ operation }) => operation),
        forward,
      );
      return merge([answered$, forwarded$]);
    };
}
