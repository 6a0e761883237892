// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { withClient } from 'test/helpers/with-client';
import { TEMPLATE_DATABASE_ENV, TEST_DATABASE_URL, databaseUrl } from 'test/setup/test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const admin = <T>(work: (client: Client) => Promise<T>) => withClient(TEST_DATABASE_URL, work);

/** A database of this test file's own: a clone of the migrated template, or empty. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_DATABASE_ENV];
  // Named after the run's template (samrad_template_<pid>), so a later run knows whose it is.
  const owner = /_(\d+)$/.exec(template ?? '')?.[1] ?? String(process.pid);
  const name = `samrad_t_${owner}_${randomBytes(5).toString('hex')}`;
  if (!options.empty && !template)
    throw new Error('The global setup has not built the template database');
  await admin((c) =>
    c.query(
      options.empty
        ? `CREATE DATABASE "${name}"`
        : `CREATE DATABASE "${name}" TEMPLATE "${template}"`,
    ),
  );
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
