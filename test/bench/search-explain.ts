// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { benchDatabaseUrl, connect } from 'test/bench/bench-database';
import type { PreparedQuery } from 'test/bench/search-measure';

/**
 * `node dist/test/bench/search-explain.js FILE QUERY [KIND]`: EXPLAIN (ANALYZE, BUFFERS) of the
 * statements one bench query sent, as captured in FILE (BENCH_DUMP_SQL), with their parameters,
 * on the bench corpus (BENCH_SEARCH_DATABASE, default samrad_bench_search). QUERY is the label
 * the bench prints (e.g. `partner`, `"due diligence"`); KIND picks the statements (`page`,
 * `plan`, `facets`, `correction`; default `page`). Each statement runs twice and the second
 * plan is printed, so the figures are of a warm cache, as in the bench's rounds.
 */
async function main(): Promise<void> {
  const [file, label, kind = 'page'] = process.argv.slice(2);
  if (!file || !label) throw new Error('usage: search-explain.js FILE QUERY [KIND]');
  const prepared = JSON.parse(readFileSync(file, 'utf8')) as PreparedQuery[];
  const query = prepared.find((q) => q.label === label);
  if (!query) {
    throw new Error(`no query "${label}" in ${file}: ${prepared.map((q) => q.label).join(', ')}`);
  }
  const database = process.env.BENCH_SEARCH_DATABASE ?? 'samrad_bench_search';
  const client = await connect(benchDatabaseUrl(database));
  try {
    for (const [i, statement] of query.statements.entries()) {
      if (query.kinds[i] !== kind) continue;
      // EXPLAIN of an EXPLAIN is refused: the plan statements run as they are.
      const sql = statement.sql.startsWith('EXPLAIN')
        ? statement.sql
        : `EXPLAIN (ANALYZE, BUFFERS, SETTINGS) ${statement.sql}`;
      await client.query(sql, statement.params);
      const { rows } = await client.query<Record<string, unknown>>(sql, statement.params);
      console.log(`-- ${query.label}: ${kind} statement ${i + 1} of ${query.statements.length}`);
      for (const row of rows) {
        const plan = Object.values(row)[0];
        console.log(typeof plan === 'string' ? plan : JSON.stringify(plan, null, 2));
      }
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
