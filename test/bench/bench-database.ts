// SPDX-License-Identifier: EUPL-1.2
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, STATEMENT_SETTINGS } from 'src/database/data-source-options';
import { withClient } from 'test/helpers/with-client';

/** Where the benchmarks find PostgreSQL: any database to connect to for CREATE DATABASE. */
export const BENCH_ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function benchDatabaseUrl(name: string): string {
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

const admin = <T>(work: (client: Client) => Promise<T>) => withClient(BENCH_ADMIN_URL, work);

export function databaseExists(name: string): Promise<boolean> {
  return admin(async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  });
}

/** Drops (closing its connections) and recreates the benchmark's own database. */
export async function recreateDatabase(name: string): Promise<void> {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

/** Drops the benchmark's database, closing its connections. */
export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Every migration, as `npm run migration:run` applies them. */
export async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export async function connect(url: string): Promise<Client> {
  // The app's own connection settings (no JIT, no parallel workers), so that statements
  // replayed here are planned and run as the app's are.
  const client = new Client({
    connectionString: url,
    application_name: 'samrad-bench',
    options: STATEMENT_SETTINGS,
  });
  await client.connect();
  return client;
}
