// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-assessment of a collaboration (DOMAIN §15): assessment questions on guideline sections
 * (immutable once their version is published, like the sections), and an organisation's private
 * assessments with their items, mitigations, share list, history and sent reminders. Also the
 * ASSESSMENT_REVIEW_DUE notification and ASSESSMENT as a notification subject.
 */
export class Assessments1798000000000 implements MigrationInterface {
  name = 'Assessments1798000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "notification_kind" ADD VALUE IF NOT EXISTS 'ASSESSMENT_REVIEW_DUE'`,
    );
    await queryRunner.query(`ALTER TYPE "content_type" ADD VALUE IF NOT EXISTS 'ASSESSMENT'`);

    await queryRunner.query(`
      CREATE TABLE "guideline_section_question" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "section_key" varchar(64) NOT NULL,
        "key" varchar(64) NOT NULL,
        "position" integer NOT NULL,
        "text_sv" varchar(1000) NOT NULL,
        "text_en" varchar(1000) NOT NULL,
        CONSTRAINT "guideline_section_question_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "guideline_section_question_key_key" UNIQUE ("version_id", "key"),
        CONSTRAINT "guideline_section_question_section_fkey" FOREIGN KEY ("version_id", "section_key")
          REFERENCES "guideline_section"("version_id", "key") ON DELETE CASCADE,
        CONSTRAINT "guideline_section_question_key_check" CHECK ("key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
      )`);
    // The same guard as the sections': a published version's questions are final.
    await queryRunner.query(`
      CREATE FUNCTION guideline_section_question_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM guideline_version
              WHERE id = OLD.version_id AND status = 'PUBLISHED'))
           OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM guideline_version
              WHERE id = NEW.version_id AND status = 'PUBLISHED')) THEN
          RAISE EXCEPTION 'the questions of a published guideline version cannot change'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'guideline_section_question_immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER guideline_section_question_immutable BEFORE INSERT OR UPDATE OR DELETE
        ON guideline_section_question FOR EACH ROW
        EXECUTE FUNCTION guideline_section_question_immutable()`);

    await queryRunner.query(`CREATE TYPE "assessment_status" AS ENUM ('DRAFT', 'DECIDED')`);
    await queryRunner.query(
      `CREATE TYPE "assessment_decision" AS ENUM ('PROCEED', 'PROCEED_WITH_MITIGATIONS', 'DO_NOT_PROCEED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "assessment_answer" AS ENUM ('YES', 'NO', 'UNSURE', 'NOT_APPLICABLE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "risk_rating" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'UNACCEPTABLE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "assessment_change_kind" AS ENUM ('CREATED', 'UPDATED', 'SHARED', 'UNSHARED', 'DECIDED', 'REOPENED', 'REVIEW_DATE_CHANGED')`,
    );
    await queryRunner.query(`
      CREATE TABLE "assessment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "guideline_version_id" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "collaboration_summary" text NOT NULL,
        "status" "assessment_status" NOT NULL DEFAULT 'DRAFT',
        "decision" "assessment_decision",
        "decision_reason" text,
        "decided_at" timestamptz(3),
        "review_on" date,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "assessment_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "assessment_organisation_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisation"("id") ON DELETE RESTRICT,
        CONSTRAINT "assessment_owner_fkey" FOREIGN KEY ("owner_id")
          REFERENCES "member"("id") ON DELETE RESTRICT,
        CONSTRAINT "assessment_version_fkey" FOREIGN KEY ("guideline_version_id")
          REFERENCES "guideline_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "assessment_decided_check"
          CHECK (("status" = 'DECIDED') = ("decision" IS NOT NULL AND "decided_at" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "assessment_owner_idx" ON "assessment" ("owner_id", "updated_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "assessment_review_idx" ON "assessment" ("review_on") WHERE review_on IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "assessment_share" (
        "assessment_id" uuid NOT NULL,
        "member_id" uuid NOT NULL,
        CONSTRAINT "assessment_share_pkey" PRIMARY KEY ("assessment_id", "member_id"),
        CONSTRAINT "assessment_share_assessment_fkey" FOREIGN KEY ("assessment_id")
          REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "assessment_share_member_fkey" FOREIGN KEY ("member_id")
          REFERENCES "member"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "assessment_share_member_idx" ON "assessment_share" ("member_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "assessment_item" (
        "assessment_id" uuid NOT NULL,
        "question_key" varchar(64) NOT NULL,
        "answer" "assessment_answer",
        "note" text,
        "risk" "risk_rating",
        CONSTRAINT "assessment_item_pkey" PRIMARY KEY ("assessment_id", "question_key"),
        CONSTRAINT "assessment_item_assessment_fkey" FOREIGN KEY ("assessment_id")
          REFERENCES "assessment"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment_mitigation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assessment_id" uuid NOT NULL,
        "question_key" varchar(64) NOT NULL,
        "position" integer NOT NULL,
        "description" varchar(2000) NOT NULL,
        "owner" varchar(200) NOT NULL,
        "due_on" date,
        CONSTRAINT "assessment_mitigation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "assessment_mitigation_item_fkey" FOREIGN KEY ("assessment_id", "question_key")
          REFERENCES "assessment_item"("assessment_id", "question_key") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "assessment_mitigation_item_idx" ON "assessment_mitigation" ("assessment_id", "question_key", "position")`,
    );
    await queryRunner.query(`
      CREATE TABLE "assessment_change" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assessment_id" uuid NOT NULL,
        "actor_id" uuid,
        "kind" "assessment_change_kind" NOT NULL,
        "summary" varchar(200) NOT NULL,
        "at" timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "assessment_change_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "assessment_change_assessment_fkey" FOREIGN KEY ("assessment_id")
          REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "assessment_change_actor_fkey" FOREIGN KEY ("actor_id")
          REFERENCES "member"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "assessment_change_assessment_idx" ON "assessment_change" ("assessment_id", "at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assessment_change"`);
    await queryRunner.query(`DROP TABLE "assessment_mitigation"`);
    await queryRunner.query(`DROP TABLE "assessment_item"`);
    await queryRunner.query(`DROP TABLE "assessment_share"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TYPE "assessment_change_kind"`);
    await queryRunner.query(`DROP TYPE "risk_rating"`);
    await queryRunner.query(`DROP TYPE "assessment_answer"`);
    await queryRunner.query(`DROP TYPE "assessment_decision"`);
    await queryRunner.query(`DROP TYPE "assessment_status"`);
    await queryRunner.query(
      `DROP TRIGGER guideline_section_question_immutable ON guideline_section_question`,
    );
    await queryRunner.query(`DROP TABLE "guideline_section_question"`);
    await queryRunner.query(`DROP FUNCTION guideline_section_question_immutable()`);
    // Enum values cannot be dropped in PostgreSQL; ASSESSMENT_REVIEW_DUE and ASSESSMENT stay.
  }
}
