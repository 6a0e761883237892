// SPDX-License-Identifier: EUPL-1.2
import autocannon from 'autocannon';
import { percentile, table } from 'test/bench/bench-stats';
import { DOCUMENTS, variablesFor, type LoadPath } from 'test/bench/load-documents';

export type ServerName = 'api' | 'baseline';

export interface LoadResult {
  path: LoadPath;
  server: ServerName;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, GraphQL `errors`, connection errors and timeouts together. */
  errors: number;
  requests: number;
}

export interface LoadTarget {
  name: ServerName;
  url: string;
}

export interface LoadRun {
  path: LoadPath;
  connections: number;
  seconds: number;
  /** One access token per connection: connection i signs its requests with tokens[i]. */
  tokens: readonly string[];
  corpus: { questionIds: readonly string[]; searchTerms: readonly string[] };
}

interface ConnectionContext {
  token?: string;
}

/**
 * One autocannon run: `connections` signed-in clients sending the path's document as fast as
 * answers come back, each with its own token and its own rotation of variables, for `seconds`.
 * Latency per request comes from autocannon's response events (its histogram has no p95).
 */
export async function runLoad(target: LoadTarget, run: LoadRun): Promise<LoadResult> {
  let nextConnection = 0;
  let sent = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: target.url,
    connections: run.connections,
    duration: run.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request, context: ConnectionContext) => {
          context.token ??= run.tokens[nextConnection++ % run.tokens.length];
          return {
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${context.token}` },
            body: JSON.stringify({
              query: DOCUMENTS[run.path],
              variables: variablesFor(run.path, sent++, run.corpus),
            }),
          };
        },
        onResponse: (status, body) => {
          // A GraphQL error answers 200 too: the body says so.
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((done, fail) => {
    // The callback form returns the instance, whose response events carry each latency.
    const instance = autocannon(options, (error, finished) =>
      error ? fail(error instanceof Error ? error : new Error(String(error))) : done(finished),
    );
    instance.on('response', ((_client: unknown, _status: number, _bytes: number, time: number) =>
      latencies.push(time)) as never);
  });
  return {
    path: run.path,
    server: target.name,
    connections: run.connections,
    requestsPerSecond: result.requests.total / run.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    requests: result.requests.total,
  };
}

/** Checks one answer of each document from a target before measuring it (fails loudly). */
export async function probe(target: LoadTarget, run: LoadRun): Promise<void> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${run.tokens[0]}` },
    body: JSON.stringify({
      query: DOCUMENTS[run.path],
      variables: variablesFor(run.path, 0, run.corpus),
    }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors || !body.data)
    throw new Error(
      `${target.name} ${run.path}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`,
    );
}

const TARGET_THROUGHPUT = 0.6;
const TARGET_P95 = 1.5;

/** The table of every run, and the API against the baseline per path and concurrency. */
export function report(results: readonly LoadResult[]): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  const rows = results.map((r) => [
    `${r.path} ×${r.connections}`,
    r.server,
    f(r.requestsPerSecond),
    f(r.p50),
    f(r.p95),
    f(r.p99),
    String(r.errors),
  ]);
  const comparisons: string[][] = [];
  let pass = true;
  for (const api of results.filter((r) => r.server === 'api')) {
    const base = results.find(
      (r) => r.server === 'baseline' && r.path === api.path && r.connections === api.connections,
    );
    if (!base) continue;
    const throughput = api.requestsPerSecond / base.requestsPerSecond;
    const p95 = api.p95 / base.p95;
    const ok = throughput >= TARGET_THROUGHPUT && p95 <= TARGET_P95 && api.errors === 0;
    pass &&= ok;
    comparisons.push([
      `${api.path} ×${api.connections}`,
      `${throughput.toFixed(2)}`,
      `${p95.toFixed(2)}`,
      String(api.errors),
      ok ? 'PASS' : 'FAIL',
    ]);
  }
  return [
    table(['path × clients', 'server', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], rows),
    '',
    `Targets: API req/s ≥ ${TARGET_THROUGHPUT} × baseline, API p95 ≤ ${TARGET_P95} × baseline, 0 errors`,
    table(['path × clients', 'req/s ratio', 'p95 ratio', 'API errors', 'result'], comparisons),
    '',
    `Overall: ${pass ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}
