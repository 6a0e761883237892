// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Your data export is ready" in the app as well as by mail (issue 13): a notification kind, and
 * the export as the subject a notification can be about (readable to its own member only).
 */
export class DataExportNotification1798100000000 implements MigrationInterface {
  name = 'DataExportNotification1798100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // ADD VALUE may run in a transaction (PostgreSQL 12+) as long as the value is not used in it.
    await queryRunner.query(`ALTER TYPE "content_type" ADD VALUE IF NOT EXISTS 'DATA_EXPORT'`);
    await queryRunner.query(
      `ALTER TYPE "notification_kind" ADD VALUE IF NOT EXISTS 'DATA_EXPORT_READY'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Enum values cannot be dropped in PostgreSQL; the notifications that use them can.
    await queryRunner.query(`DELETE FROM notification WHERE kind = 'DATA_EXPORT_READY'`);
    await queryRunner.query(`DELETE FROM notification_preference WHERE kind = 'DATA_EXPORT_READY'`);
  }
}
