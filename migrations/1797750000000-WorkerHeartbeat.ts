// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worker liveness on the PostgreSQL queue backend (src/modules/jobs/worker-heartbeat.ts): each
 * process that runs jobs renews its row every few seconds; a row past `expires_at` is a worker
 * that stopped beating. Unlogged: a heartbeat is worth nothing after a crash, and is not WAL'd
 * or replicated. Like `rate_limit`, no entity reads it (plain SQL).
 */
export class WorkerHeartbeat1797750000000 implements MigrationInterface {
  name = 'WorkerHeartbeat1797750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE UNLOGGED TABLE "worker_heartbeat" (
                "worker_id" character varying(200) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_worker_heartbeat" PRIMARY KEY ("worker_id")
            )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "worker_heartbeat"`);
  }
}
