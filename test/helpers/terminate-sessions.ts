// SPDX-License-Identifier: EUPL-1.2
import { withClient } from 'test/helpers/with-client';
import { TEST_DATABASE_URL } from 'test/setup/test-env';

/**
 * Ends the server sessions of one test database, as a restart or failover would (`all`), or
 * only those left inside an open transaction, as a client that died mid-transaction leaves
 * them. Returns how many were ended.
 */
export function terminateSessions(
  database: string,
  which: 'all' | 'idle-in-transaction' = 'all',
): Promise<number> {
  const idleInTransaction = which === 'idle-in-transaction';
  return withClient(TEST_DATABASE_URL, async (admin) => {
    const result = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid()
          AND (NOT $2 OR state LIKE 'idle in transaction%')`,
      [database, idleInTransaction],
    );
    return result.rowCount ?? 0;
  });
}
