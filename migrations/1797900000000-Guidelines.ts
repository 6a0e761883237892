// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The versioned guideline library (DOMAIN §13): documents, their versions and sections, what
 * each member last read, and citations of a section at a version from cases, questions and
 * answers. A published version never changes: the service refuses, and the triggers here refuse
 * any UPDATE or DELETE of a published version and any write to its sections, whoever asks.
 * Also: the EDITOR role, following a guideline, and the guideline as a notification subject.
 */
export class Guidelines1797900000000 implements MigrationInterface {
  name = 'Guidelines1797900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // ADD VALUE may run in a transaction (PostgreSQL 12+) as long as the value is not used in it.
    await queryRunner.query(`ALTER TYPE "role" ADD VALUE IF NOT EXISTS 'EDITOR'`);
    await queryRunner.query(`ALTER TYPE "follow_target_type" ADD VALUE IF NOT EXISTS 'GUIDELINE'`);
    await queryRunner.query(`ALTER TYPE "content_type" ADD VALUE IF NOT EXISTS 'GUIDELINE'`);
    await queryRunner.query(
      `ALTER TYPE "notification_kind" ADD VALUE IF NOT EXISTS 'NEW_GUIDELINE_VERSION'`,
    );
    await queryRunner.query(
      `CREATE TYPE "guideline_kind" AS ENUM ('NATIONAL_GUIDELINE', 'CHECKLIST', 'AUTHORITY_GUIDANCE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "guideline_version_status" AS ENUM ('DRAFT', 'PUBLISHED')`,
    );
    await queryRunner.query(`
      CREATE TABLE "guideline" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" varchar(80) NOT NULL,
        "kind" "guideline_kind" NOT NULL,
        "created_by_id" uuid,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "guideline_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "guideline_slug_key" UNIQUE ("slug"),
        CONSTRAINT "guideline_created_by_fkey" FOREIGN KEY ("created_by_id")
          REFERENCES "member"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "guideline_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "guideline_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" "guideline_version_status" NOT NULL DEFAULT 'DRAFT',
        "title_sv" varchar(200) NOT NULL,
        "title_en" varchar(200) NOT NULL,
        "change_note_sv" text NOT NULL DEFAULT '',
        "change_note_en" text NOT NULL DEFAULT '',
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        "published_at" timestamptz(3),
        "published_by_id" uuid,
        CONSTRAINT "guideline_version_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "guideline_version_number_key" UNIQUE ("guideline_id", "number"),
        CONSTRAINT "guideline_version_guideline_fkey" FOREIGN KEY ("guideline_id")
          REFERENCES "guideline"("id") ON DELETE RESTRICT,
        CONSTRAINT "guideline_version_published_by_fkey" FOREIGN KEY ("published_by_id")
          REFERENCES "member"("id") ON DELETE SET NULL,
        CONSTRAINT "guideline_version_published_when_check"
          CHECK (("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)),
        CONSTRAINT "guideline_version_number_check" CHECK ("number" >= 1)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "guideline_version_one_draft_key" ON "guideline_version" ("guideline_id") WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(`
      CREATE TABLE "guideline_section" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "key" varchar(64) NOT NULL,
        "position" integer NOT NULL,
        "heading_sv" varchar(200) NOT NULL,
        "heading_en" varchar(200) NOT NULL,
        "body_sv" text NOT NULL,
        "body_en" text NOT NULL,
        CONSTRAINT "guideline_section_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "guideline_section_key_key" UNIQUE ("version_id", "key"),
        CONSTRAINT "guideline_section_version_fkey" FOREIGN KEY ("version_id")
          REFERENCES "guideline_version"("id") ON DELETE CASCADE,
        CONSTRAINT "guideline_section_key_check" CHECK ("key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
      )`);
    await queryRunner.query(`
      CREATE TABLE "guideline_read" (
        "member_id" uuid NOT NULL,
        "guideline_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "read_at" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "guideline_read_pkey" PRIMARY KEY ("member_id", "guideline_id"),
        CONSTRAINT "guideline_read_member_fkey" FOREIGN KEY ("member_id")
          REFERENCES "member"("id") ON DELETE CASCADE,
        CONSTRAINT "guideline_read_guideline_fkey" FOREIGN KEY ("guideline_id")
          REFERENCES "guideline"("id") ON DELETE CASCADE,
        CONSTRAINT "guideline_read_version_fkey" FOREIGN KEY ("version_id")
          REFERENCES "guideline_version"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "citation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_id" uuid,
        "question_id" uuid,
        "answer_id" uuid,
        "version_id" uuid NOT NULL,
        "section_key" varchar(64) NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "citation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "citation_case_fkey" FOREIGN KEY ("case_id")
          REFERENCES "case_study"("id") ON DELETE CASCADE,
        CONSTRAINT "citation_question_fkey" FOREIGN KEY ("question_id")
          REFERENCES "question"("id") ON DELETE CASCADE,
        CONSTRAINT "citation_answer_fkey" FOREIGN KEY ("answer_id")
          REFERENCES "answer"("id") ON DELETE CASCADE,
        CONSTRAINT "citation_version_fkey" FOREIGN KEY ("version_id")
          REFERENCES "guideline_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "citation_one_item_check"
          CHECK (num_nonnulls("case_id", "question_id", "answer_id") = 1)
      )`);
    await queryRunner.query(`CREATE INDEX "citation_case_idx" ON "citation" ("case_id")`);
    await queryRunner.query(`CREATE INDEX "citation_question_idx" ON "citation" ("question_id")`);
    await queryRunner.query(`CREATE INDEX "citation_answer_idx" ON "citation" ("answer_id")`);
    await queryRunner.query(`CREATE INDEX "citation_version_idx" ON "citation" ("version_id")`);

    // The database's own guard of DOMAIN §13: a published version and its sections are final.
    await queryRunner.query(`
      CREATE FUNCTION guideline_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'guideline version % is published and cannot change', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'guideline_version_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER guideline_version_immutable BEFORE UPDATE OR DELETE ON guideline_version
        FOR EACH ROW EXECUTE FUNCTION guideline_version_immutable()`);
    await queryRunner.query(`
      CREATE FUNCTION guideline_section_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM guideline_version
              WHERE id = OLD.version_id AND status = 'PUBLISHED'))
           OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM guideline_version
              WHERE id = NEW.version_id AND status = 'PUBLISHED')) THEN
          RAISE EXCEPTION 'the sections of a published guideline version cannot change'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'guideline_section_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER guideline_section_immutable BEFORE INSERT OR UPDATE OR DELETE
        ON guideline_section FOR EACH ROW EXECUTE FUNCTION guideline_section_immutable()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "citation"`);
    await queryRunner.query(`DROP TABLE "guideline_read"`);
    await queryRunner.query(`DROP TRIGGER guideline_section_immutable ON guideline_section`);
    await queryRunner.query(`DROP TABLE "guideline_section"`);
    await queryRunner.query(`DROP TRIGGER guideline_version_immutable ON guideline_version`);
    await queryRunner.query(`DROP TABLE "guideline_version"`);
    await queryRunner.query(`DROP TABLE "guideline"`);
    await queryRunner.query(`DROP FUNCTION guideline_section_immutable()`);
    await queryRunner.query(`DROP FUNCTION guideline_version_immutable()`);
    await queryRunner.query(`DROP TYPE "guideline_version_status"`);
    await queryRunner.query(`DROP TYPE "guideline_kind"`);
    // Enum values cannot be dropped in PostgreSQL; EDITOR, GUIDELINE and NEW_GUIDELINE_VERSION
    // stay, unused.
  }
}
