// SPDX-License-Identifier: EUPL-1.2
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'src/database/snake-naming.strategy';

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
    // JIT is off for our connections: every statement we send is a short, page-bound one, and
    // once a plan's estimated cost passes jit_above_cost (a text-index search at a million
    // documents does) PostgreSQL compiles it on every execution, 50–200 ms that it never wins back.
    extra: {
      max: poolSize,
      application_name: 'samrad',
      options: '-c jit=off',
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}
