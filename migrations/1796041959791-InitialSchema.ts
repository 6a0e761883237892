// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1796041959791 implements MigrationInterface {
  name = 'InitialSchema1796041959791';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" character varying(64) NOT NULL,
                "target_type" character varying(32),
                "target_id" character varying(64),
                "reason" text,
                "details" jsonb NOT NULL DEFAULT '{}',
                "client_fingerprint" character varying(64),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_log_action_idx" ON "audit_log" ("action")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."organisation_kind" AS ENUM(
                'HIGHER_EDUCATION',
                'RESEARCH_FUNDER',
                'AUTHORITY',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(64) NOT NULL,
                "kind" "public"."organisation_kind" NOT NULL,
                "name_sv" character varying(200) NOT NULL,
                "name_en" character varying(200) NOT NULL,
                "short_names" text array NOT NULL DEFAULT '{}',
                "email_domains" text array NOT NULL DEFAULT '{}',
                "accepts_questions" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_b800a0efd2f9f19719d0c4d793d" UNIQUE ("slug"),
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."locale" AS ENUM('SV', 'EN')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'MEMBER',
                'EXPERT',
                'MODERATOR',
                'ADMIN',
                'ORG_CONTACT'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."member_status" AS ENUM('ACTIVE', 'SUSPENDED', 'DELETED')
        `);
    await queryRunner.query(`
            CREATE TABLE "member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "display_name" character varying(100) NOT NULL,
                "password_hash" character varying(255),
                "organisation_id" uuid NOT NULL,
                "locale" "public"."locale" NOT NULL DEFAULT 'SV',
                "roles" "public"."role" array NOT NULL DEFAULT '{MEMBER}',
                "status" "public"."member_status" NOT NULL DEFAULT 'ACTIVE',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_4678079964ab375b2b31849456c" UNIQUE ("email"),
                CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "member_organisation_idx" ON "member" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "auth_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
                "revoked_reason" character varying(32),
                CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "auth_session_member_idx" ON "auth_session" ("member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"),
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "refresh_token_session_idx" ON "refresh_token" ("session_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "organisation_id" uuid NOT NULL,
                "roles" "public"."role" array NOT NULL,
                "locale" "public"."locale" NOT NULL,
                "invited_by_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_b827d3749ffbb3b5ab5099afd64" UNIQUE ("token_hash"),
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "invitation_email_idx" ON "invitation" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "topic" character varying(64) NOT NULL,
                "aggregate_type" character varying(32) NOT NULL,
                "aggregate_id" character varying(64) NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_unpublished_idx" ON "outbox" ("id")
            WHERE published_at IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "FK_7594a52369dbe0de68f8ed7168e" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD CONSTRAINT "FK_0608425d80383f2fc423c52b327" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_913833c1541e680e8112131222f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Hand-written (TypeORM does not model these):
    // The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
    await queryRunner.query(`
            CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
            FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()
        `);
    // Wakes the outbox relay when a transaction that wrote events commits.
    await queryRunner.query(`
            CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('outbox', '');
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER outbox_inserted AFTER INSERT ON "outbox"
            FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()
        `);
    // Sign-in throttling when there is no Redis (rate-limiter-flexible's layout).
    await queryRunner.query(`
            CREATE TABLE "rate_limit" (
                "key" character varying(255) PRIMARY KEY,
                "points" integer NOT NULL DEFAULT 0,
                "expire" bigint
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP TRIGGER outbox_inserted ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION outbox_notify()`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_913833c1541e680e8112131222f"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session" DROP CONSTRAINT "FK_0608425d80383f2fc423c52b327"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "FK_7594a52369dbe0de68f8ed7168e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_unpublished_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."invitation_email_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "invitation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."refresh_token_session_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."auth_session_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "auth_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."member_organisation_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "member"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."member_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."locale"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."organisation_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_log_created_at_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_log_action_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
