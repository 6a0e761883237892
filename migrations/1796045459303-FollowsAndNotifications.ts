// SPDX-License-Identifier: EUPL-1.2
import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-edited: TypeORM emitted notification_kind twice (two tables share the enum).
export class FollowsAndNotifications1796045459303 implements MigrationInterface {
  name = 'FollowsAndNotifications1796045459303';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."follow_target_type" AS ENUM('TOPIC', 'COUNTRY', 'QUESTION', 'CASE')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."follow_frequency" AS ENUM('INSTANT', 'DAILY', 'WEEKLY')
        `);
    await queryRunner.query(`
            CREATE TABLE "follow" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "target_type" "public"."follow_target_type" NOT NULL,
                "target_id" character varying(64) NOT NULL,
                "frequency" "public"."follow_frequency" NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fda88bc28a84d2d6d06e19df6e5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "follow_frequency_member_idx" ON "follow" ("frequency", "member_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "follow_target_idx" ON "follow" ("target_type", "target_id", "frequency")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "follow_member_target_key" ON "follow" ("member_id", "target_type", "target_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "email_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "delivery_key" character varying(100) NOT NULL,
                "member_id" uuid NOT NULL,
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "item_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a39c05a113fa6130d51558e809a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "email_delivery_key" ON "email_delivery" ("delivery_key", "member_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM(
                'ANSWER_TO_MY_QUESTION',
                'ANSWER_TO_FOLLOWED_QUESTION',
                'MY_ANSWER_ACCEPTED',
                'QUESTION_DIRECTED_TO_MY_ORGANISATION',
                'MODERATION_DECISION',
                'ITEM_IN_MODERATION_QUEUE',
                'IDENTITY_REVEALED',
                'NEW_ITEM_IN_FOLLOWED_TOPIC',
                'DIGEST'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "member_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "email" boolean NOT NULL,
                CONSTRAINT "PK_66b285fc522a1e177aeb9545cef" PRIMARY KEY ("member_id", "kind")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "event_key" character varying(80) NOT NULL,
                "content_type" "public"."content_type" NOT NULL,
                "content_id" uuid NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "read_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_created_idx" ON "notification" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_member_created_idx" ON "notification" ("member_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "notification_event_member_key" ON "notification" ("event_key", "member_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "follow"
            ADD CONSTRAINT "FK_b155c388be7c0a77785f1bd91d3" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "email_delivery"
            ADD CONSTRAINT "FK_268fd0459106846bd429e022223" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_731a1e4d7ac68725765b49fe01c" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_ac8de39626657d3c0e909d9d82f" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_ac8de39626657d3c0e909d9d82f"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_731a1e4d7ac68725765b49fe01c"
        `);
    await queryRunner.query(`
            ALTER TABLE "email_delivery" DROP CONSTRAINT "FK_268fd0459106846bd429e022223"
        `);
    await queryRunner.query(`
            ALTER TABLE "follow" DROP CONSTRAINT "FK_b155c388be7c0a77785f1bd91d3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_event_member_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_member_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."email_delivery_key"
        `);
    await queryRunner.query(`
            DROP TABLE "email_delivery"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."follow_member_target_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."follow_target_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."follow_frequency_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "follow"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."follow_frequency"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."follow_target_type"
        `);
  }
}
