// SPDX-License-Identifier: EUPL-1.2
/** What an erased personal value reads as wherever it stood in stored text. */
export const ERASED = '[erased]';

/**
 * A value as it appears inside a JSON document's text (quotes and backslashes escaped), so an
 * erasure can find it in a `jsonb::text` column and replace it without breaking the JSON.
 */
export function asJsonText(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/**
 * The personal values of a member worth erasing from free text and event payloads: the address
 * always, the name when it is long enough to be theirs rather than a common fragment of words
 * (a two-letter name would be "erased" from every sentence that contains those letters).
 */
export function traceableValues(member: { email: string; displayName: string }): string[] {
  return [member.email, member.displayName.trim()].filter((value) => value.length >= 3);
}

/** Free text with each of the values replaced (an admin's reason may name the person). */
export function eraseFrom(text: string, values: readonly string[]): string {
  return values.reduce((erased, value) => erased.split(value).join(ERASED), text);
}

/** A column that may quote a personal value: jsonb is searched and rewritten as its text. */
export interface ErasableColumn {
  name: string;
  type: 'jsonb' | 'text';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Replaces each value with "[erased]" wherever the given columns of a table quote it, through
 * the caller's connection (its transaction). One UPDATE per value covers every column, and only
 * rows that hold the value are written. Table and column names come from code, never input;
 * they are still checked, since they are spliced into the SQL.
 */
export async function eraseValuesIn(
  connection: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  table: string,
  columns: readonly ErasableColumn[],
  values: readonly string[],
): Promise<void> {
  for (const name of [table, ...columns.map((c) => c.name)]) {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  }
  if (columns.length === 0) return;
  // $1: the replacement; $2: the value as it reads inside JSON text (jsonb columns); $3: as
  // plain text (text columns). Only the parameters a statement uses are sent: PostgreSQL
  // cannot type one that no expression refers to.
  const needs = {
    jsonb: columns.some((c) => c.type === 'jsonb'),
    text: columns.some((c) => c.type === 'text'),
  };
  const jsonNeedle = '$2';
  const textNeedle = needs.jsonb ? '$3' : '$2';
  const assignments = columns.map((column) =>
    column.type === 'jsonb'
      ? `"${column.name}" = replace("${column.name}"::text, ${jsonNeedle}, $1)::jsonb`
      : `"${column.name}" = replace("${column.name}", ${textNeedle}, $1)`,
  );
  const holds = columns.map((column) =>
    column.type === 'jsonb'
      ? `strpos("${column.name}"::text, ${jsonNeedle}) > 0`
      : `strpos("${column.name}", ${textNeedle}) > 0`,
  );
  for (const value of values) {
    await connection.query(
      `UPDATE "${table}" SET ${assignments.join(', ')} WHERE ${holds.join(' OR ')}`,
      [ERASED, ...(needs.jsonb ? [asJsonText(value)] : []), ...(needs.text ? [value] : [])],
    );
  }
}
