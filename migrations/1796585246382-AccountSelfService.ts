// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account self-service and identity administration (issue 13, items 1, 4 and 6):
 * - `account_token`: single-use, hashed tokens for password reset (1 h), the first password of a
 *   CLI-created admin (24 h) and e-mail change confirmation (24 h);
 * - `auth_session.last_used_at` and `device_label` for "my sessions" (existing sessions count as
 *   last used when they were created);
 * - `member.show_email_in_directory` (off: the directory shows no e-mail unless the member opts in);
 * - `organisation.identity_providers` (stored for later federated sign-in);
 * - `invitation.revoked_at` (an organisation contact or admin withdrew it).
 * Generated with `npm run migration:generate`, then read; only the back-fill was added by hand.
 */
export class AccountSelfService1796585246382 implements MigrationInterface {
  name = 'AccountSelfService1796585246382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."account_token_purpose" AS ENUM(
                'PASSWORD_RESET',
                'ACCOUNT_SETUP',
                'EMAIL_CHANGE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "account_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "purpose" "public"."account_token_purpose" NOT NULL,
                "token_hash" character(64) NOT NULL,
                "new_email" character varying(254),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_afb41d941d437f47a0d75373f88" UNIQUE ("token_hash"),
                CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "account_token_member_idx" ON "account_token" ("member_id", "purpose")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "identity_providers" text array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD "show_email_in_directory" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD "last_used_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            UPDATE "auth_session" SET "last_used_at" = "created_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD "device_label" character varying(100)
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD "revoked_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "account_token"
            ADD CONSTRAINT "FK_6efe94528a0907087b47c7ecb2f" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_token" DROP CONSTRAINT "FK_6efe94528a0907087b47c7ecb2f"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP COLUMN "revoked_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session" DROP COLUMN "device_label"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session" DROP COLUMN "last_used_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP COLUMN "show_email_in_directory"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "identity_providers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."account_token_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "account_token"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."account_token_purpose"
        `);
  }
}
