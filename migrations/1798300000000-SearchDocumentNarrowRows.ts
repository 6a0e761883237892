// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Narrow `search_document` rows (issue 14). A search through the text index reads the row of
 * every match for its filter, access and date columns; with the texts kept in the row (the
 * body compressed in place, about 1.1 KB a row) a word in a fifth of 100 000 documents read
 * 12 000 pages. With `toast_tuple_target` at 256 bytes PostgreSQL moves the texts and the
 * vector out of line (TOAST) as soon as a row passes its 2 KB threshold, which a document with
 * a body does. It would go on to move every column longer than a pointer until the row fits,
 * the key, arrays and fingerprint included, and a search would then fetch those from TOAST for
 * every match (13 pages a row instead of half a page): those columns are MAIN, which PostgreSQL
 * moves out only when a row would not fit its page. Rows of about 450 bytes, 45 MB instead of
 * 109 MB at 100 000 documents, and that search reads a third of the pages.
 *
 * The settings apply to rows written after them, so every document is written once more with
 * its texts and vector unpacked (`|| ''` makes a new value, which the row must then store
 * again). `VACUUM FULL search_document` afterwards gives the old rows' space back at once.
 */
export class SearchDocumentNarrowRows1798300000000 implements MigrationInterface {
  name = 'SearchDocumentNarrowRows1798300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE search_document ${IN_ROW_COLUMNS.map((c) => `ALTER COLUMN ${c} SET STORAGE MAIN`).join(', ')}`,
    );
    await queryRunner.query(`ALTER TABLE search_document SET (toast_tuple_target = 256)`);
    await rewrite(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_document RESET (toast_tuple_target)`);
    await queryRunner.query(
      `ALTER TABLE search_document ${IN_ROW_COLUMNS.map((c) => `ALTER COLUMN ${c} SET STORAGE EXTENDED`).join(', ')}`,
    );
    await rewrite(queryRunner);
  }
}

/** What a search reads for every match (filters, access keys, facets) or for every document. */
const IN_ROW_COLUMNS = [
  'key',
  'fingerprint',
  'topic_ids',
  'country_codes',
  'outcome',
  'status',
  'recipient_organisation_ids',
  'recipient_member_ids',
  'directed_to_ids',
];

async function rewrite(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `UPDATE search_document SET title = title || '', summary = summary || '', body = body || '',
       answers = answers || '', search_vector = search_vector || ''::tsvector`,
  );
}
