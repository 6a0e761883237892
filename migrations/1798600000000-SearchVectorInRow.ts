// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each search document's vector in its row, and the date index carrying what the walk tests
 * (issue 14, fifth round).
 *
 * A search reads vectors where it walks the newest documents (to match each one that passes the
 * access and filter conditions) and where it ranks the cap's matches. Out of line, in TOAST, a
 * vector of ~2.9 KB is two chunks behind the TOAST index: reading, matching and ranking the
 * newest 3 000 documents' vectors took 26–28 ms on the 100 000-document bench, and 5.7 ms with
 * the vector in the row (STORAGE MAIN: PostgreSQL moves it out only when the row would not fit
 * its page; the texts still go out of line first, `toast_tuple_target` 256 as before).
 *
 * Rows holding their vector are ~3.3 KB, two or three to a page instead of seventeen, and a
 * walk that tests a narrow filter on tens of thousands of rows would read seven times the
 * pages ("partnern" at AMBER or RED: 108 → 144 ms). So a second date index carries the access
 * and filter columns (INCLUDE), the walk tests them on that index alone (an index-only scan)
 * and fetches the row, with its vector, only for the documents that pass: 48 ms. The narrow
 * date index stays for the window's range of dates, which it gives in less than half the time
 * (34 000 entries in 3.8 ms; 8.5 ms from the wide one).
 *
 * The storage setting applies to rows written after it, so every vector is written once more
 * (`|| ''` makes a new value, which the row must then store again). The old row versions' space
 * is reused by later writes; `VACUUM FULL search_document` gives it back at once. The index is
 * built with a plain CREATE INDEX inside the migration's transaction, which blocks writes to
 * `search_document` while it runs (3 s at 100 000 documents on the bench machine). The wide
 * index costs a write of its own whenever a document's access keys change (no HOT update).
 */
export class SearchVectorInRow1798600000000 implements MigrationInterface {
  name = 'SearchVectorInRow1798600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE search_document ALTER COLUMN search_vector SET STORAGE MAIN`,
    );
    await queryRunner.query(
      `UPDATE search_document SET search_vector = search_vector || ''::tsvector`,
    );
    await queryRunner.query(
      `CREATE INDEX search_document_walk_idx ON search_document (published_at DESC, key DESC)
         INCLUDE (${WALK_INDEX_COLUMNS.join(', ')})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX search_document_walk_idx`);
    await queryRunner.query(
      `ALTER TABLE search_document ALTER COLUMN search_vector SET STORAGE EXTENDED`,
    );
    await queryRunner.query(
      `UPDATE search_document SET search_vector = search_vector || ''::tsvector`,
    );
  }
}

/**
 * What the walk and the readable sample test before they read a row: the language, the
 * filters' columns and the access keys (PostgresSearchEngine's WALK_COLUMNS, as of this
 * migration; a later column added there needs a migration of its own).
 */
const WALK_INDEX_COLUMNS = [
  'content_type',
  'language',
  'topic_ids',
  'country_codes',
  'outcome',
  'year',
  'sharing_level',
  'author_id',
  'author_organisation_id',
  'recipient_organisation_ids',
  'recipient_member_ids',
  'directed_to_ids',
  'status',
  'hidden_at',
];
