// SPDX-License-Identifier: EUPL-1.2
import { decodeCursor, encodeCursor, type CursorValue } from 'src/graph/pagination/cursor';
import { forwardPageInfo, type ConnectionShape } from 'src/graph/pagination/connection.type';
import type { KeysetPage } from 'src/graph/pagination/keyset';

/**
 * Pages a short list that is assembled in memory (queues of open work), already sorted
 * ascending by `key`. Cursors are keys, as for SQL keyset pages, so an item that leaves the
 * queue between two pages does not shift the next page.
 */
export function paginateInMemory<T>(
  sorted: readonly T[],
  key: (item: T) => CursorValue[],
  page: KeysetPage,
  /** Values in a key; a cursor must have as many even when the list has since emptied. */
  arity: number,
): ConnectionShape<T> {
  const keyed = sorted.map((item) => ({ item, key: key(item) }));
  const after = page.after ? decodeCursor(page.after, arity) : null;
  const rest = after ? keyed.filter((k) => compareKeys(k.key, after) > 0) : keyed;
  const edges = rest
    .slice(0, page.first)
    .map((k) => ({ node: k.item, cursor: encodeCursor(k.key) }));
  return {
    edges,
    totalCount: keyed.length,
    pageInfo: forwardPageInfo(edges, rest.length > page.first),
  };
}

export function compareKeys(a: readonly CursorValue[], b: readonly CursorValue[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    if (order !== 0) return order;
  }
  return 0;
}
