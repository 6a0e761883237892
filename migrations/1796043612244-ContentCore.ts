// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContentCore1796043612244 implements MigrationInterface {
  name = 'ContentCore1796043612244';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."attribution" AS ENUM('NAMED', 'ORGANISATION', 'ANONYMOUS')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."sharing_level" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_status" AS ENUM(
                'DRAFT',
                'SUBMITTED',
                'CHANGES_REQUESTED',
                'REJECTED',
                'PUBLISHED',
                'WITHDRAWN',
                'ARCHIVED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_outcome" AS ENUM(
                'PROCEEDED',
                'PROCEEDED_WITH_MITIGATIONS',
                'MODIFIED',
                'DECLINED',
                'TERMINATED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_phase" AS ENUM(
                'INITIATION',
                'DUE_DILIGENCE',
                'AGREEMENT',
                'ONGOING',
                'REVIEW',
                'EXIT'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_study" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "author_id" uuid NOT NULL,
                "author_organisation_id" uuid NOT NULL,
                "attribution" "public"."attribution" NOT NULL,
                "sharing_level" "public"."sharing_level" NOT NULL,
                "recipient_organisation_ids" uuid array NOT NULL DEFAULT '{}',
                "recipient_member_ids" uuid array NOT NULL DEFAULT '{}',
                "status" "public"."case_status" NOT NULL DEFAULT 'DRAFT',
                "hidden_at" TIMESTAMP(3) WITH TIME ZONE,
                "moderation_note" text,
                "version" integer NOT NULL DEFAULT '1',
                "title" character varying(200) NOT NULL,
                "summary" character varying(1000) NOT NULL,
                "context" text NOT NULL,
                "what_happened" text NOT NULL,
                "assessment" text,
                "outcome" "public"."case_outcome" NOT NULL,
                "mitigations" text,
                "lessons_learned" text,
                "topic_ids" uuid array NOT NULL DEFAULT '{}',
                "country_codes" character(2) array NOT NULL DEFAULT '{}',
                "phase" "public"."case_phase",
                "year" smallint NOT NULL,
                "quarter" smallint,
                "language" "public"."locale" NOT NULL,
                "review_by" date,
                "acknowledged_findings" text array NOT NULL DEFAULT '{}',
                "submitted_at" TIMESTAMP(3) WITH TIME ZONE,
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_da361517299523b92876a2a867e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "case_study_author_idx" ON "case_study" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "case_study_published_idx" ON "case_study" ("published_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_revision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "snapshot" jsonb NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "redacted_at" TIMESTAMP(3) WITH TIME ZONE,
                "redaction_reason" text,
                CONSTRAINT "PK_8228be7c5ff66b5b250219fea01" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "case_revision_case_version_key" ON "case_revision" ("case_id", "version")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."content_type" AS ENUM('CASE', 'QUESTION', 'ANSWER')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."flag_reason" AS ENUM(
                'PERSONAL_DATA',
                'SENSITIVE',
                'OFF_TOPIC',
                'INCORRECT',
                'ABUSIVE',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "content_flag" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "content_type" "public"."content_type" NOT NULL,
                "content_id" uuid NOT NULL,
                "flagger_id" uuid NOT NULL,
                "reason" "public"."flag_reason" NOT NULL,
                "text" character varying(1000),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolved_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_f5c966b52b3562726d55d5d27f5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "content_flag_one_open_per_reader_key" ON "content_flag" ("content_type", "content_id", "flagger_id")
            WHERE resolved_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "content_flag_open_idx" ON "content_flag" ("content_type", "content_id")
            WHERE resolved_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."topic_kind" AS ENUM(
                'RISK_AREA',
                'COLLABORATION_TYPE',
                'TECHNOLOGY_AREA',
                'RESEARCH_FIELD'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "topic" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."topic_kind" NOT NULL,
                "slug" character varying(80) NOT NULL,
                "name_sv" character varying(200) NOT NULL,
                "name_en" character varying(200) NOT NULL,
                "parent_id" uuid,
                "position" smallint NOT NULL,
                CONSTRAINT "UQ_b4f72509919eef20d3f54eedc34" UNIQUE ("slug"),
                CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "topic_kind_position_idx" ON "topic" ("kind", "position")
        `);
    // Hand-written: GIN indexes for the array filters (topics, countries) and for the access
    // policy's recipient tests, and checks the entity decorators cannot express.
    await queryRunner.query(`
            CREATE INDEX "case_study_topic_ids_idx" ON "case_study" USING gin ("topic_ids")
        `);
    await queryRunner.query(`
            CREATE INDEX "case_study_country_codes_idx" ON "case_study" USING gin ("country_codes")
        `);
    await queryRunner.query(`
            CREATE INDEX "case_study_recipient_organisation_ids_idx" ON "case_study" USING gin ("recipient_organisation_ids")
        `);
    await queryRunner.query(`
            CREATE INDEX "case_study_recipient_member_ids_idx" ON "case_study" USING gin ("recipient_member_ids")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_study"
            ADD CONSTRAINT "case_study_year_check" CHECK ("year" BETWEEN 1990 AND 2100),
            ADD CONSTRAINT "case_study_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4),
            ADD CONSTRAINT "case_study_version_check" CHECK ("version" >= 1)
        `);
    await queryRunner.query(`
            ALTER TABLE "case_study"
            ADD CONSTRAINT "FK_ef2210825d066662c8e3e4ae030" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_study"
            ADD CONSTRAINT "FK_0049599ef5076976c5163a96147" FOREIGN KEY ("author_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_revision"
            ADD CONSTRAINT "FK_c70b1bb85bc909d5352e38829d6" FOREIGN KEY ("case_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "content_flag"
            ADD CONSTRAINT "FK_8fcd20cfd8acd2e20f2f8d8ac56" FOREIGN KEY ("flagger_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "topic"
            ADD CONSTRAINT "FK_40d1ab0ce240d3e8183ca56705f" FOREIGN KEY ("parent_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "topic" DROP CONSTRAINT "FK_40d1ab0ce240d3e8183ca56705f"
        `);
    await queryRunner.query(`
            ALTER TABLE "content_flag" DROP CONSTRAINT "FK_8fcd20cfd8acd2e20f2f8d8ac56"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_revision" DROP CONSTRAINT "FK_c70b1bb85bc909d5352e38829d6"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_study" DROP CONSTRAINT "FK_0049599ef5076976c5163a96147"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_study" DROP CONSTRAINT "FK_ef2210825d066662c8e3e4ae030"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."topic_kind_position_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "topic"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."topic_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."content_flag_open_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."content_flag_one_open_per_reader_key"
        `);
    await queryRunner.query(`
            DROP TABLE "content_flag"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."flag_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."content_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_revision_case_version_key"
        `);
    await queryRunner.query(`
            DROP TABLE "case_revision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_study_recipient_member_ids_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_study_recipient_organisation_ids_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_study_country_codes_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_study_topic_ids_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_study_published_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_study_author_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "case_study"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_phase"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."sharing_level"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."attribution"
        `);
  }
}
