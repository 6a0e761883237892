// SPDX-License-Identifier: EUPL-1.2
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Errors } from 'src/graph/errors/app-error';
import { decodeCursor, encodeCursor, type CursorValue } from 'src/graph/pagination/cursor';
import { forwardPageInfo, type ConnectionShape } from 'src/graph/pagination/connection.type';
import { isUuid } from 'src/common/uuid';

export interface KeysetColumn<T> {
  /** SQL expression of the sort column, e.g. `audit.created_at`. */
  expression: string;
  /** Reads the column's value from a loaded row, for the cursor. */
  value: (row: T) => CursorValue;
  /** How the SQL value is typed when compared, e.g. `timestamptz`, `uuid`, `bigint`. */
  cast: string;
}

export interface KeysetPage {
  first: number;
  after?: string | null;
}

/** Newest first (the default) or, for alphabetical lists, ascending. */
export type KeysetOrder = 'DESC' | 'ASC';

/**
 * Pages a query by keyset, descending on (columns...): `WHERE (a, b) < (:a, :b) ORDER BY a DESC,
 * b DESC LIMIT first + 1` (or ascending with `>` when `order` is ASC). The extra row tells whether there is a next page; no OFFSET, so deep
 * pages cost the same as the first. The total is counted on the same filtered query.
 */
export async function keysetPaginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: readonly KeysetColumn<T>[],
  page: KeysetPage,
  order: KeysetOrder = 'DESC',
): Promise<ConnectionShape<T>> {
  const paged = query.clone();
  if (page.after) {
    const values = decodeCursor(page.after, columns.length);
    // A cursor is client input: a forged value must be refused here, not by a failed cast.
    columns.forEach((column, i) => assertCursorValue(values[i], column.cast));
    const left = columns.map((c) => c.expression).join(', ');
    const right = columns.map((c, i) => `CAST(:keyset_${i} AS ${c.cast})`).join(', ');
    paged.andWhere(
      `(${left}) ${order === 'DESC' ? '<' : '>'} (${right})`,
      Object.fromEntries(values.map((v, i) => [`keyset_${i}`, v])),
    );
  }
  columns.forEach((column, i) =>
    i === 0 ? paged.orderBy(column.expression, order) : paged.addOrderBy(column.expression, order),
  );
  // Side by side: outside a transaction on two pool connections (the page's wait is not added to
  // the count's); inside one, the driver queues them on its connection as before.
  const [totalCount, rows] = await Promise.all([
    countRows(query),
    paged.take(page.first + 1).getMany(),
  ]);
  const visible = rows.slice(0, page.first);
  const edges = visible.map((node) => ({
    node,
    cursor: encodeCursor(columns.map((c) => c.value(node))),
  }));
  return {
    edges,
    totalCount,
    pageInfo: forwardPageInfo(edges, rows.length > page.first),
  };
}

/**
 * How many rows the filtered query has. TypeORM's getCount always counts DISTINCT primary keys,
 * which hashes every id; without a join no row can repeat, so a plain COUNT(*) says the same
 * for less (a list of 3 000 readable cases: one aggregate instead of a hash of 3 000 uuids).
 */
async function countRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  if (query.expressionMap.joinAttributes.length > 0) return query.clone().orderBy().getCount();
  const row = await query
    .clone()
    .orderBy()
    .select('COUNT(*)::int', 'count')
    .getRawOne<{ count: number }>();
  return row?.count ?? 0;
}

function assertCursorValue(value: CursorValue | undefined, cast: string): void {
  const text = String(value);
  const valid =
    cast === 'uuid'
      ? isUuid(text)
      : cast === 'timestamptz'
        ? /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text))
        : cast === 'bigint' || cast === 'integer'
          ? /^-?\d{1,19}$/.test(text)
          : typeof value === 'string';
  if (!valid)
    throw Errors.badInput('Invalid cursor', [
      { field: 'after', message: 'is not a cursor from this list' },
    ]);
}
