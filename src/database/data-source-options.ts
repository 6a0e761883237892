// SPDX-License-Identifier: EUPL-1.2
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'src/database/snake-naming.strategy';
import { TYPO_SIMILARITY } from 'src/modules/search/postgres/typo-similarity';

/**
 * One definition of how we talk to PostgreSQL, shared by the app, the CLI data source and the
 * tests. Entities and migrations are found by file name so that a new feature only adds files;
 * the schema comes from migrations alone (never `synchronize`).
 */
export function dataSourceOptions(
  url: string,
  {
    poolSize = 10,
    statementTimeoutMs = 0,
  }: { poolSize?: number; statementTimeoutMs?: number } = {},
): DataSourceOptions {
  const root = join(__dirname, '..', '..');
  return {
    type: 'postgres',
    url,
    entities: [join(root, 'src', 'modules', '**', '*.entity.{ts,js}')],
    migrations: [join(root, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    logging: false,
    // node-postgres sends statement_timeout with each new connection's start-up (0 = none).
    // Every statement we send is a short, page-bound one, so two of PostgreSQL's aids for long
    // queries are off for our connections. JIT: once a plan's estimated cost passes
    // jit_above_cost (a text-index search at a million documents does) it compiles the plan on
    // every execution, 50–200 ms it never wins back. Parallel workers: starting them costs
    // ~10 ms a statement (a search for a word in eight documents took 11 ms, all of it the
    // Gather), and under concurrent requests they only take the cores other requests need.
    extra: {
      max: poolSize,
      // Connections stay open once made (pg-pool closes idle ones after 10 s by default): a new
      // backend starts with cold caches and loads the Swedish dictionary on its first Swedish
      // search (about 0.5 s), and a search for a rare word then took 26 ms instead of 16.
      idleTimeoutMillis: 0,
      application_name: 'samrad',
      options: STATEMENT_SETTINGS,
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}

/**
 * The settings each of our connections starts with (see `extra` above); the benchmarks use them
 * too. The trigram threshold is the search's typo correction's (PostgresSearchEngine.candidates):
 * at pg_trgm's default of 0.3 the trigram index misses "exprot" → "export" (0.27). Set here,
 * once per connection, the lookup is one statement rather than a transaction around a
 * `SET LOCAL` (four round trips); PostgreSQL keeps it as a placeholder until pg_trgm loads.
 */
export const STATEMENT_SETTINGS = `-c jit=off -c max_parallel_workers_per_gather=0 -c pg_trgm.similarity_threshold=${TYPO_SIMILARITY}`;
