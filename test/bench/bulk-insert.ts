// SPDX-License-Identifier: EUPL-1.2
import type { Client } from 'pg';

/** One row as text values (or null), cast to each column's type by the INSERT. */
export type Row = Record<string, string | null>;

export interface Column {
  name: string;
  type: string;
}

/** The columns a bulk INSERT writes, with the type each text value is cast to. */
export function columns(types: Record<string, string>): Column[] {
  return Object.entries(types).map(([name, type]) => ({ name, type }));
}

/** One statement per batch: parallel text arrays unnested into rows and cast to each column. */
export async function insertRows(
  client: Client,
  table: string,
  cols: readonly Column[],
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO ${table} (${cols.map((c) => c.name).join(', ')})
     SELECT ${cols.map((c, i) => `u.c${i}::${c.type}`).join(', ')}
     FROM unnest(${cols.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${cols.map((_, i) => `c${i}`).join(', ')})`,
    cols.map((c) => rows.map((row) => row[c.name] ?? null)),
  );
}

/** A PostgreSQL array literal of uuids, codes or enum values (no quoting needed). */
export function array(values: Iterable<string>): string {
  return `{${[...values].join(',')}}`;
}
