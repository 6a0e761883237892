// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';

export type CursorValue = string | number;

/**
 * Keyset cursors: the sort key values of the last row, as base64url JSON. They carry no ids of
 * anything the viewer could not already see on the page they came from.
 */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw Errors.badInput('Invalid cursor', [
    { field: 'after', message: 'is not a cursor from this list' },
  ]);
}
