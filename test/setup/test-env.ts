// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the tests find PostgreSQL and Redis. CI and the development machine run both on
 * loopback; override with TEST_DATABASE_URL / TEST_REDIS_URL.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
/** The migrated, seeded database each test file clones (set by the global setup). */
export const TEMPLATE_DATABASE_ENV = 'SAMRAD_TEST_TEMPLATE_DB';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
