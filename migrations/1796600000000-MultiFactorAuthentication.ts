// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-factor authentication (issue 13, item 2):
 * - `mfa_totp`: one authenticator app per member, its secret sealed with DATA_ENCRYPTION_KEY;
 *   `confirmed_at` null while enrolment waits for a first code; `last_time_step` refuses replays;
 * - `mfa_passkey`: WebAuthn credentials (public key, signature counter, transports);
 * - `mfa_recovery_code`: ten single-use codes per member, stored only as keyed hashes;
 * - `mfa_challenge`: a short-lived, single-use step of its own (sign-in second step, passkey
 *   registration, step-up), stored as a keyed hash of its token, with the WebAuthn challenge;
 * - `auth_session.second_factor_at`: when this session last proved a second factor (step-up);
 * - `organisation.require_mfa`: the organisation requires MFA of all its members.
 * Generated with `npm run migration:generate` from the entities, then read and commented.
 */
export class MultiFactorAuthentication1796600000000 implements MigrationInterface {
  name = 'MultiFactorAuthentication1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."mfa_challenge_purpose" AS ENUM('SIGN_IN', 'PASSKEY_REGISTRATION', 'STEP_UP')
        `);
    await queryRunner.query(`
            CREATE TABLE "mfa_challenge" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "purpose" "public"."mfa_challenge_purpose" NOT NULL,
                "token_hash" character(64) NOT NULL,
                "webauthn_challenge" character varying(128),
                "failed_attempts" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_e7913ab144d52a98d3f241a45dc" UNIQUE ("token_hash"),
                CONSTRAINT "PK_5ab263b5dc61af1bff77efa1174" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mfa_challenge_member_idx" ON "mfa_challenge" ("member_id", "purpose")
        `);
    await queryRunner.query(`
            CREATE TABLE "mfa_totp" (
                "member_id" uuid NOT NULL,
                "sealed_secret" character varying(255) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
                "last_time_step" bigint,
                CONSTRAINT "PK_f55b348ed98151346cc8299b2c0" PRIMARY KEY ("member_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "mfa_passkey" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "credential_id" character varying(1400) NOT NULL,
                "public_key" bytea NOT NULL,
                "counter" bigint NOT NULL DEFAULT '0',
                "transports" text array NOT NULL DEFAULT '{}',
                "label" character varying(100) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_78c98dc99b8af119c83831afe12" UNIQUE ("credential_id"),
                CONSTRAINT "PK_fefbb052ccb54941a7f8e84158e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mfa_passkey_member_idx" ON "mfa_passkey" ("member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mfa_recovery_code" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "used_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_824921896b23fe8ce3a2aa97db9" UNIQUE ("code_hash"),
                CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mfa_recovery_code_member_idx" ON "mfa_recovery_code" ("member_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "require_mfa" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD "second_factor_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_challenge"
            ADD CONSTRAINT "FK_8bd02787c1430e70e945597fb46" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_totp"
            ADD CONSTRAINT "FK_f55b348ed98151346cc8299b2c0" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_passkey"
            ADD CONSTRAINT "FK_61d907b95b51ca223833d4a25b9" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_recovery_code"
            ADD CONSTRAINT "FK_d5c3450cf731e62424566f97a0a" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mfa_recovery_code" DROP CONSTRAINT "FK_d5c3450cf731e62424566f97a0a"
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_passkey" DROP CONSTRAINT "FK_61d907b95b51ca223833d4a25b9"
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_totp" DROP CONSTRAINT "FK_f55b348ed98151346cc8299b2c0"
        `);
    await queryRunner.query(`
            ALTER TABLE "mfa_challenge" DROP CONSTRAINT "FK_8bd02787c1430e70e945597fb46"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session" DROP COLUMN "second_factor_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "require_mfa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mfa_recovery_code_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mfa_recovery_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mfa_passkey_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mfa_passkey"
        `);
    await queryRunner.query(`
            DROP TABLE "mfa_totp"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mfa_challenge_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mfa_challenge"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."mfa_challenge_purpose"
        `);
  }
}
