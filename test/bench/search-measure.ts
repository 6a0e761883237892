// SPDX-License-Identifier: EUPL-1.2
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { since } from 'test/bench/bench-stats';
import { required, type GraphQLClient } from 'test/bench/graphql-client';
import type { BenchQuery, SearchVariables } from 'test/bench/search-queries';
import { report } from 'test/bench/search-report';
import { captureStatements, type CapturedStatement } from 'test/bench/sql-capture';

/** What a search page asks for: hits with their item, highlights, every facet, the correction. */
export const SEARCH_QUERY = `query Search($query: String!, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount didYouMean engine
    pageInfo { hasNextPage endCursor }
    edges { cursor node { titleHighlight snippet item {
      __typename
      ... on Case { id title sharingLevel year outcome authorLabel }
      ... on Question { id title sharingLevel status authorLabel }
    } } }
    facets {
      types { value count }
      riskAreas { topic { id name } count }
      collaborationTypes { topic { id name } count }
      technologyAreas { topic { id name } count }
      researchFields { topic { id name } count }
      countries { country { code name } count }
      outcomes { value count }
      years { value count }
      sharingLevels { value count }
    }
  }
}`;

interface SearchData {
  search: {
    totalCount: number;
    didYouMean: string | null;
    engine: string;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: unknown[];
  };
}

export type StatementKind = 'page' | 'facets' | 'plan' | 'correction';

export interface PreparedQuery extends BenchQuery {
  /** The engine's statements for this request, in order, as captured from the app. */
  statements: CapturedStatement[];
  kinds: StatementKind[];
  /** Statements outside the engine (session lookup, loading the hits, author organisations). */
  others: CapturedStatement[];
  totalCount: number;
  didYouMean: string | null;
  hits: number;
}

/**
 * Second pages get their cursor from a real first page; then each query runs once through
 * GraphQL while the app's statements are captured, so the direct side replays exactly them.
 */
export async function prepareQueries(
  client: GraphQLClient,
  dataSource: DataSource,
  queries: readonly BenchQuery[],
): Promise<PreparedQuery[]> {
  const prepared: PreparedQuery[] = [];
  // Once before capturing, so one-off loads (the topic snapshot) are not taken for a request's.
  required(
    await client
      .timed<SearchData>(SEARCH_QUERY, { ...queries[0]!.variables })
      .then((r) => r.answer),
    'priming',
  );
  for (const query of queries) {
    let variables: SearchVariables = query.variables;
    if (query.secondPage) {
      const first = await client.timed<SearchData>(SEARCH_QUERY, { ...variables });
      const { pageInfo } = required(first.answer, query.label).search;
      if (!pageInfo.hasNextPage || !pageInfo.endCursor)
        throw new Error(`${query.label}: no second page`);
      variables = { ...variables, after: pageInfo.endCursor };
    }
    const { result, statements } = await captureStatements(dataSource, () =>
      client.timed<SearchData>(SEARCH_QUERY, { ...variables }),
    );
    const search = required(result.answer, query.label).search;
    if (search.engine !== 'POSTGRES') throw new Error(`engine is ${search.engine}, not postgres`);
    const engine = statements.filter((s) => s.engine);
    prepared.push({
      ...query,
      variables,
      statements: engine,
      kinds: engine.map(statementKind),
      others: statements.filter((s) => !s.engine),
      totalCount: search.totalCount,
      didYouMean: search.didYouMean,
      hits: search.edges.length,
    });
  }
  for (const q of prepared.filter((p) => p.kind === 'typo' && !p.didYouMean))
    console.warn(`warning: typo query "${q.variables.query}" got no correction`);
  return prepared;
}

function statementKind(statement: CapturedStatement): StatementKind {
  if (statement.sql.includes('ts_headline')) return 'page';
  if (statement.sql.includes("'type' AS facet")) return 'facets';
  // The engine asks the planner how common the words are before choosing how to find them,
  // and looks up the words that highlight the Swedish hits, side by side.
  if (statement.sql.startsWith('EXPLAIN') || statement.sql.includes('search_highlight_word'))
    return 'plan';
  return 'correction';
}

export interface Samples {
  graphql: number[];
  sql: number[];
  /** The request's other statements, replayed after the engine's and timed apart. */
  other: number[];
  byKind: Record<StatementKind, number[]>;
}

/**
 * Warm-up, then `rounds` rounds over every query (each round starts at a different query),
 * timing the GraphQL request and the replayed SQL back to back, in alternating order.
 */
export async function measure(options: {
  client: GraphQLClient;
  direct: Client;
  prepared: readonly PreparedQuery[];
  rounds: number;
  warmup: number;
  /** The corpus's size, which sets the latency target (`report`). */
  documents: number;
}): Promise<void> {
  const { client, direct, prepared, rounds, warmup, documents } = options;
  const samples: Samples[] = prepared.map(() => ({
    graphql: [],
    sql: [],
    other: [],
    byKind: { page: [], facets: [], plan: [], correction: [] },
  }));
  const timeGraphQL = async (query: PreparedQuery) => {
    await client.keepFresh();
    const { answer, elapsed } = await client.timed<SearchData>(SEARCH_QUERY, {
      ...query.variables,
    });
    required(answer, query.label);
    return elapsed;
  };
  const timeSql = async (query: PreparedQuery, sample: Samples | null) => {
    const started = process.hrtime.bigint();
    const byKind: Record<StatementKind, number> = { page: 0, facets: 0, plan: 0, correction: 0 };
    for (const [i, statement] of query.statements.entries()) {
      const one = process.hrtime.bigint();
      await direct.query(statement.sql, statement.params);
      byKind[query.kinds[i]!] += since(one);
    }
    const elapsed = since(started);
    const others = process.hrtime.bigint();
    for (const statement of query.others) await direct.query(statement.sql, statement.params);
    if (sample) {
      for (const kind of Object.keys(byKind) as StatementKind[])
        sample.byKind[kind].push(byKind[kind]);
      sample.other.push(since(others));
    }
    return elapsed;
  };
  const runOne = async (index: number, graphqlFirst: boolean, record: boolean) => {
    const query = prepared[index]!;
    const sample = record ? samples[index]! : null;
    if (graphqlFirst) {
      const g = await timeGraphQL(query);
      const s = await timeSql(query, sample);
      sample?.graphql.push(g);
      sample?.sql.push(s);
    } else {
      const s = await timeSql(query, sample);
      const g = await timeGraphQL(query);
      sample?.graphql.push(g);
      sample?.sql.push(s);
    }
  };
  const n = prepared.length;
  const started = process.hrtime.bigint();
  for (let round = 0; round < warmup; round++)
    for (let k = 0; k < n; k++) await runOne(k, k % 2 === 0, false);
  console.log(
    `Warm-up: ${warmup} rounds × ${n} queries in ${(since(started) / 1000).toFixed(1)} s`,
  );
  for (let round = 0; round < rounds; round++) {
    const roundStarted = process.hrtime.bigint();
    for (let k = 0; k < n; k++) {
      const index = (k + round * 7) % n;
      await runOne(index, (k + round) % 2 === 0, true);
    }
    console.log(`  round ${round + 1}/${rounds}: ${(since(roundStarted) / 1000).toFixed(1)} s`);
  }
  if (rounds > 0) report(prepared, samples, rounds, documents);
}
