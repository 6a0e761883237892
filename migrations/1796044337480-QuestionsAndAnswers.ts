// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionsAndAnswers1796044337480 implements MigrationInterface {
  name = 'QuestionsAndAnswers1796044337480';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."question_status" AS ENUM(
                'PENDING_REVIEW',
                'OPEN',
                'ANSWERED',
                'CLOSED',
                'REJECTED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."close_reason" AS ENUM(
                'DUPLICATE',
                'OFF_TOPIC',
                'OUT_OF_SCOPE',
                'RESOLVED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "author_id" uuid NOT NULL,
                "author_organisation_id" uuid NOT NULL,
                "attribution" "public"."attribution" NOT NULL,
                "sharing_level" "public"."sharing_level" NOT NULL,
                "recipient_organisation_ids" uuid array NOT NULL DEFAULT '{}',
                "recipient_member_ids" uuid array NOT NULL DEFAULT '{}',
                "directed_to_ids" uuid array NOT NULL DEFAULT '{}',
                "status" "public"."question_status" NOT NULL DEFAULT 'PENDING_REVIEW',
                "close_reason" "public"."close_reason",
                "duplicate_of_id" uuid,
                "accepted_answer_id" uuid,
                "hidden_at" TIMESTAMP(3) WITH TIME ZONE,
                "moderation_note" text,
                "version" integer NOT NULL DEFAULT '1',
                "title" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "topic_ids" uuid array NOT NULL DEFAULT '{}',
                "country_codes" character(2) array NOT NULL DEFAULT '{}',
                "language" "public"."locale" NOT NULL,
                "acknowledged_findings" text array NOT NULL DEFAULT '{}',
                "assigned_to_id" uuid,
                "response_due_on" date,
                "opened_at" TIMESTAMP(3) WITH TIME ZONE,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "question_duplicate_check" CHECK (
                    "close_reason" <> 'DUPLICATE'
                    OR "duplicate_of_id" IS NOT NULL
                ),
                CONSTRAINT "question_version_check" CHECK ("version" >= 1),
                CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "question_author_idx" ON "question" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "question_opened_idx" ON "question" ("opened_at", "id")
        `);
    // Hand-written: GIN indexes for the array filters and the access policy's recipient and
    // directed-to tests (as for case_study).
    for (const column of [
      'topic_ids',
      'country_codes',
      'directed_to_ids',
      'recipient_organisation_ids',
      'recipient_member_ids',
    ]) {
      await queryRunner.query(
        `CREATE INDEX "question_${column}_idx" ON "question" USING gin ("${column}")`,
      );
    }
    await queryRunner.query(`
            CREATE TYPE "public"."answer_status" AS ENUM('PENDING_REVIEW', 'PUBLISHED', 'REJECTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "answer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "question_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "author_organisation_id" uuid NOT NULL,
                "attribution" "public"."attribution" NOT NULL,
                "official" boolean NOT NULL DEFAULT false,
                "status" "public"."answer_status" NOT NULL DEFAULT 'PENDING_REVIEW',
                "hidden_at" TIMESTAMP(3) WITH TIME ZONE,
                "moderation_note" text,
                "version" integer NOT NULL DEFAULT '1',
                "body" text NOT NULL,
                "acknowledged_findings" text array NOT NULL DEFAULT '{}',
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "answer_version_check" CHECK ("version" >= 1),
                CONSTRAINT "PK_9232db17b63fb1e94f97e5c224f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "answer_author_idx" ON "answer" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "answer_question_idx" ON "answer" ("question_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "answer_vote" (
                "answer_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_19dd209ad8ac562d1c6258fecca" PRIMARY KEY ("answer_id", "member_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "FK_45a57d766acc2084c45a8a8a35f" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "FK_d11f0b65676eb5577c5496f0435" FOREIGN KEY ("author_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "FK_fddd42fc38b0e76bd387276b612" FOREIGN KEY ("duplicate_of_id") REFERENCES "question"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "FK_146f98a276cad0be607ee8f803e" FOREIGN KEY ("accepted_answer_id") REFERENCES "answer"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "FK_1357cdebb6b29ddce0250b155a4" FOREIGN KEY ("assigned_to_id") REFERENCES "member"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "answer"
            ADD CONSTRAINT "FK_c3d19a89541e4f0813f2fe09194" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "answer"
            ADD CONSTRAINT "FK_c3b1e07ce5f147390981f1afe7d" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "answer"
            ADD CONSTRAINT "FK_388d7dbd21ceec44bb9d2e514b3" FOREIGN KEY ("author_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "answer_vote"
            ADD CONSTRAINT "FK_6a7457df9ed5c23e9e7cbef1ec6" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "answer_vote"
            ADD CONSTRAINT "FK_464434ee2df04c1c977948d6acd" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "answer_vote" DROP CONSTRAINT "FK_464434ee2df04c1c977948d6acd"
        `);
    await queryRunner.query(`
            ALTER TABLE "answer_vote" DROP CONSTRAINT "FK_6a7457df9ed5c23e9e7cbef1ec6"
        `);
    await queryRunner.query(`
            ALTER TABLE "answer" DROP CONSTRAINT "FK_388d7dbd21ceec44bb9d2e514b3"
        `);
    await queryRunner.query(`
            ALTER TABLE "answer" DROP CONSTRAINT "FK_c3b1e07ce5f147390981f1afe7d"
        `);
    await queryRunner.query(`
            ALTER TABLE "answer" DROP CONSTRAINT "FK_c3d19a89541e4f0813f2fe09194"
        `);
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "FK_1357cdebb6b29ddce0250b155a4"
        `);
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "FK_146f98a276cad0be607ee8f803e"
        `);
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "FK_fddd42fc38b0e76bd387276b612"
        `);
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "FK_d11f0b65676eb5577c5496f0435"
        `);
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "FK_45a57d766acc2084c45a8a8a35f"
        `);
    await queryRunner.query(`
            DROP TABLE "answer_vote"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."answer_question_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."answer_author_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "answer"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."answer_status"
        `);
    for (const column of [
      'topic_ids',
      'country_codes',
      'directed_to_ids',
      'recipient_organisation_ids',
      'recipient_member_ids',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."question_${column}_idx"`);
    }
    await queryRunner.query(`
            DROP INDEX "public"."question_opened_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."question_author_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "question"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."close_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."question_status"
        `);
  }
}
