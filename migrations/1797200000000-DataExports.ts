// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' data exports (GDPR Art. 15 and 20): one row per request, the archive sealed with the
 * data key while it waits to be downloaded, and deleted (set NULL) once it is downloaded or
 * expires. At most one PENDING export per member, enforced here as well as in the service.
 */
export class DataExports1797200000000 implements MigrationInterface {
  name = 'DataExports1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "data_export_status" AS ENUM ('PENDING', 'READY', 'DOWNLOADED', 'EXPIRED')`,
    );
    await queryRunner.query(`
      CREATE TABLE "data_export" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "member_id" uuid NOT NULL,
        "status" "data_export_status" NOT NULL DEFAULT 'PENDING',
        "sealed_archive" text,
        "byte_size" integer,
        "requested_at" timestamptz(3) NOT NULL DEFAULT now(),
        "ready_at" timestamptz(3),
        "expires_at" timestamptz(3),
        "downloaded_at" timestamptz(3),
        CONSTRAINT "data_export_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "data_export_member_fkey" FOREIGN KEY ("member_id")
          REFERENCES "member"("id") ON DELETE CASCADE,
        CONSTRAINT "data_export_archive_only_when_ready"
          CHECK ("sealed_archive" IS NULL OR "status" = 'READY')
      )`);
    await queryRunner.query(
      `CREATE INDEX "data_export_member_requested_idx" ON "data_export" ("member_id", "requested_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "data_export_one_pending_key" ON "data_export" ("member_id")
        WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "data_export_ready_expiry_idx" ON "data_export" ("expires_at")
        WHERE "status" = 'READY'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_export"`);
    await queryRunner.query(`DROP TYPE "data_export_status"`);
  }
}
