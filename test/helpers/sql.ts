// SPDX-License-Identifier: EUPL-1.2
import { TransactionHost } from 'src/database/transaction-host';
import type { TestApp } from 'test/helpers/test-app';

/** Reads (or arranges) rows directly, for what the API deliberately does not show. */
export function sql<T = Record<string, unknown>>(
  t: TestApp,
  statement: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return t.app.get(TransactionHost).manager.query(statement, parameters);
}
