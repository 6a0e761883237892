// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access keys of each search document, copied from its case or question, so that search
 * applies the access policy to `search_document` alone instead of joining the content tables
 * for every match (a common word matches most of the corpus). Hand-written: no entity.
 *
 * The copy must be exact at every moment, also before the asynchronous indexer runs: narrowing
 * a level, hiding or withdrawing must leave other viewers' hits, counts and facets in the same
 * transaction. So triggers on `case_study` and `question` rewrite the keys whenever one of them
 * changes, and delete the document with its source row. The indexer never writes them from
 * what it read earlier: its upsert copies them from the source rows it locks (FOR SHARE), so a
 * change committed while it builds a document cannot be overwritten with older keys.
 *
 * The columns keep the content tables' names, so `AccessPolicy.readableSql` and the workflows'
 * stage SQL apply to `search_document` unchanged. `sharing_level` (already there) joins them.
 */
export class SearchAccessKeys1796045600000 implements MigrationInterface {
  name = 'SearchAccessKeys1796045600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE search_document
        ADD COLUMN author_id uuid,
        ADD COLUMN author_organisation_id uuid,
        ADD COLUMN recipient_organisation_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN recipient_member_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN directed_to_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN status text,
        ADD COLUMN hidden_at timestamptz(3)`);
    for (const source of SOURCES) {
      await queryRunner.query(`
        UPDATE search_document d SET ${assignments('s', source.directed)}
          FROM ${source.table} s WHERE d.content_type = '${source.type}' AND s.id = d.content_id`);
    }
    // A document whose source row is gone was unreadable already (the join found nothing).
    await queryRunner.query(`DELETE FROM search_document WHERE status IS NULL`);
    await queryRunner.query(`
      ALTER TABLE search_document
        ALTER COLUMN author_id SET NOT NULL,
        ALTER COLUMN author_organisation_id SET NOT NULL,
        ALTER COLUMN status SET NOT NULL`);
    for (const source of SOURCES) {
      await queryRunner.query(`
        CREATE FUNCTION ${source.function}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM search_document
              WHERE content_type = '${source.type}' AND content_id = OLD.id;
            RETURN OLD;
          END IF;
          UPDATE search_document SET ${assignments('NEW', source.directed)}
            WHERE content_type = '${source.type}' AND content_id = NEW.id;
          RETURN NEW;
        END $$`);
      const changed = [...KEY_COLUMNS, ...(source.directed ? ['directed_to_ids'] : [])]
        .map((column) => `OLD.${column} IS DISTINCT FROM NEW.${column}`)
        .join(' OR ');
      await queryRunner.query(`
        CREATE TRIGGER ${source.table}_search_keys AFTER UPDATE ON ${source.table}
          FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION ${source.function}()`);
      await queryRunner.query(`
        CREATE TRIGGER ${source.table}_search_removed AFTER DELETE ON ${source.table}
          FOR EACH ROW EXECUTE FUNCTION ${source.function}()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const source of SOURCES) {
      await queryRunner.query(`DROP TRIGGER ${source.table}_search_removed ON ${source.table}`);
      await queryRunner.query(`DROP TRIGGER ${source.table}_search_keys ON ${source.table}`);
      await queryRunner.query(`DROP FUNCTION ${source.function}()`);
    }
    await queryRunner.query(`
      ALTER TABLE search_document
        DROP COLUMN hidden_at,
        DROP COLUMN status,
        DROP COLUMN directed_to_ids,
        DROP COLUMN recipient_member_ids,
        DROP COLUMN recipient_organisation_ids,
        DROP COLUMN author_organisation_id,
        DROP COLUMN author_id`);
  }
}

/** The columns `AccessPolicy.readableSql` and the stage SQL read, shared by both tables. */
const KEY_COLUMNS = [
  'sharing_level',
  'author_id',
  'author_organisation_id',
  'recipient_organisation_ids',
  'recipient_member_ids',
  'status',
  'hidden_at',
];

const SOURCES = [
  { table: 'case_study', type: 'CASE', function: 'search_document_case_keys', directed: false },
  {
    table: 'question',
    type: 'QUESTION',
    function: 'search_document_question_keys',
    directed: true,
  },
];

/** `SET` list copying the keys from a source row (`s` in an UPDATE … FROM, or `NEW`). */
function assignments(row: string, directed: boolean): string {
  return [
    ...KEY_COLUMNS.map((column) =>
      column === 'status' ? `status = ${row}.status::text` : `${column} = ${row}.${column}`,
    ),
    `directed_to_ids = ${directed ? `${row}.directed_to_ids` : `'{}'`}`,
  ].join(', ');
}
