// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `review_requested_at` on cases, questions and answers (issue 11): set when the author edits a
 * restricted item that a flag review kept hidden. The edit no longer brings such an item back;
 * it puts it in the moderation queue again (`EDITED_AFTER_REVIEW`) until a reviewer restores it
 * or keeps it hidden. The partial indexes serve the queue, which lists only the few marked rows.
 */
export class ReviewRequestedAfterKeptHidden1796590000000 implements MigrationInterface {
  name = 'ReviewRequestedAfterKeptHidden1796590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['case_study', 'question', 'answer']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "review_requested_at" TIMESTAMP(3) WITH TIME ZONE`,
      );
      await queryRunner.query(
        `CREATE INDEX "${table}_review_requested_idx" ON "${table}" ("review_requested_at")
          WHERE "review_requested_at" IS NOT NULL`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['answer', 'question', 'case_study']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_review_requested_idx"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "review_requested_at"`);
    }
  }
}
