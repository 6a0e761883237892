// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Narrow `search_document` rows (issue 14). A search through the text index reads the row of
 * every match for its filter, access and date columns; with the texts kept in the row (the
 * body compressed in place, about 1.1 KB a row) a word in a fifth of 100 000 documents read
 * 12 000 pages. With `toast_tuple_target` at 256 bytes PostgreSQL moves the texts and the
 * vector out of line (TOAST) as soon as a row passes its 2 KB threshold, which a document with
 * a body does: rows of about 330 bytes, a third of the table, and that search reads 4 000
 * pages, 2.4 times faster (test/bench/README.md). Only the page's 20 hits read their texts.
 *
 * The setting applies to rows written after it, so every document is written once more with
 * its values unpacked (`|| ''` makes a new value, which the row must then store again).
 */
export class SearchDocumentNarrowRows1798300000000 implements MigrationInterface {
  name = 'SearchDocumentNarrowRows1798300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_document SET (toast_tuple_target = 256)`);
    await rewrite(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_document RESET (toast_tuple_target)`);
    await rewrite(queryRunner);
  }
}

async function rewrite(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `UPDATE search_document SET title = title || '', summary = summary || '', body = body || '',
       answers = answers || '', search_vector = search_vector || ''::tsvector`,
  );
}
