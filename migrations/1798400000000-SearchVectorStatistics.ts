// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics on five times as many words (issue 14). PostgreSQL estimates how many documents
 * hold a word from the most common lexemes ANALYZE keeps for `search_vector` (ten per unit of
 * the statistics target: 1 000 by default); any other word is guessed at 0.5 % of the
 * documents. At a million documents a word in 4 % of them ("limit": 42 500) fell outside the
 * list, was guessed at 5 000, and PostgresSearchEngine.chooseWalk (which decides from these
 * estimates) and the planner both planned for an eighth of the matches. A target of 500 keeps
 * 5 000 lexemes; ANALYZE then samples 150 000 documents (4 s at 100 000 on the bench machine).
 */
export class SearchVectorStatistics1798400000000 implements MigrationInterface {
  name = 'SearchVectorStatistics1798400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE search_document ALTER COLUMN search_vector SET STATISTICS 500`,
    );
    await queryRunner.query(`ANALYZE search_document`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE search_document ALTER COLUMN search_vector SET STATISTICS -1`,
    );
    await queryRunner.query(`ANALYZE search_document`);
  }
}
