// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the search's topic and country filters (issue 14). A word with a narrow filter
 * ("staff" in cases about Russia or Iran) is found through the text index, and PostgreSQL then
 * read the row of each of the word's matches to test the filter: at a million documents
 * 116 000 rows, 50 000 pages and 380 ms for 8 000 that passed. With these it intersects the
 * text index's matches with the filter's (a BitmapAnd) before reading a row: 13 500 pages and
 * 140 ms. The other filters (type, outcome, year, level) hold a few values each, which an
 * index does not narrow enough to pay for itself.
 *
 * Plain CREATE INDEX inside the migration's transaction: it blocks writes to `search_document`
 * while it runs, seconds at the sizes this platform has (~15 s for both at a million
 * documents on the bench machine).
 */
export class SearchFilterIndexes1798500000000 implements MigrationInterface {
  name = 'SearchFilterIndexes1798500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX search_document_topics_idx ON search_document USING gin (topic_ids)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_document_countries_idx ON search_document USING gin (country_codes)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX search_document_countries_idx`);
    await queryRunner.query(`DROP INDEX search_document_topics_idx`);
  }
}
