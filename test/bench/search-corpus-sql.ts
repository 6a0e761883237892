import type { Client } from 'pg';

/** One row as text values (or null), cast to each column's type by the INSERT. */
export type Row = Record<string, string | null>;

// The columns each bulk INSERT writes, with the type each text value is cast to.
// prettier-ignore
export const CASE_COLUMNS = columns({
  id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid', attribution: 'attribution',
  sharing_level: 'sharing_level', recipient_organisation_ids: 'uuid[]',
  recipient_member_ids: 'uuid[]', status: 'case_status', title: 'text', summary: 'text',
  context: 'text', what_happened: 'text', assessment: 'text', outcome: 'case_outcome',
  mitigations: 'text', lessons_learned: 'text', topic_ids: 'uuid[]', country_codes: 'char(2)[]',
  phase: 'case_phase', year: 'smallint', quarter: 'smallint', language: 'locale',
  submitted_at: 'timestamptz', published_at: 'timestamptz', created_at: 'timestamptz',
});
// prettier-ignore
export const QUESTION_COLUMNS = columns({
  id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid', attribution: 'attribution',
  sharing_level: 'sharing_level', recipient_organisation_ids: 'uuid[]',
  recipient_member_ids: 'uuid[]', directed_to_ids: 'uuid[]', status: 'question_status',
  close_reason: 'close_reason', title: 'text', body: 'text', topic_ids: 'uuid[]',
  country_codes: 'char(2)[]', language: 'locale', opened_at: 'timestamptz',
  closed_at: 'timestamptz', created_at: 'timestamptz',
});
// prettier-ignore
export const ANSWER_COLUMNS = columns({
  id: 'uuid', question_id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid',
  attribution: 'attribution', status: 'answer_status', body: 'text', published_at: 'timestamptz',
  created_at: 'timestamptz',
});

function columns(types: Record<string, string>) {
  return Object.entries(types).map(([name, type]) => ({ name, type }));
}

/** One statement per batch: parallel text arrays unnested into rows and cast to each column. */
export async function insertRows(
  client: Client,
  table: string,
  cols: readonly { name: string; type: string }[],
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

/** A PostgreSQL array literal of uuids or country codes (no quoting needed). */
export function array(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}
