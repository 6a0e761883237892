// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search on PostgreSQL (DOMAIN §10), hand-written: TypeORM has no entity for these.
 * - `samrad_sv` / `samrad_en`: Swedish and English stemming after `unaccent`, so "samarbeten"
 *   finds "samarbete" and "Malmo" finds "Malmö".
 * - `search_document`: one row per live case or question (with its answers), fed from the
 *   outbox. It holds text, weighted vectors and facet columns; who may read a hit is decided
 *   by joining the source row at query time, so tightening a level applies at once.
 * - `search_term`: the vocabulary, with a trigram index, for typo tolerance ("did you mean").
 */
export class Search1796045000000 implements MigrationInterface {
  name = 'Search1796045000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [name, base, stem] of [
      ['samrad_sv', 'swedish', 'swedish_stem'],
      ['samrad_en', 'english', 'english_stem'],
    ]) {
      await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base})`);
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION ${name}
           ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE search_document (
        key text PRIMARY KEY,
        content_type content_type NOT NULL,
        content_id uuid NOT NULL,
        language locale NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        answers text NOT NULL,
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        country_codes char(2)[] NOT NULL DEFAULT '{}',
        outcome text,
        year smallint NOT NULL,
        published_at timestamptz(3) NOT NULL,
        sharing_level sharing_level NOT NULL,
        fingerprint text NOT NULL,
        search_vector tsvector NOT NULL,
        indexed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX search_document_vector_idx ON search_document USING gin (search_vector)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_document_published_idx ON search_document (published_at DESC, key DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_document_content_idx ON search_document (content_type, content_id)`,
    );
    await queryRunner.query(`CREATE TABLE search_term (word text PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX search_term_trgm_idx ON search_term USING gin (word gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_term`);
    await queryRunner.query(`DROP TABLE search_document`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION samrad_en`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION samrad_sv`);
    // The extensions stay: other objects may use them, and they are harmless.
  }
}
