// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';

interface OutboxRow {
  id: string;
  topic: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

const BATCH_SIZE = 200;
const IDLE_POLL_MS = 2000;

/**
 * Moves committed outbox rows onto BullMQ. Each pass claims a batch with FOR UPDATE SKIP LOCKED
 * (so several workers share the work without taking the same row), enqueues one job per
 * subscribed handler with a job id derived from the outbox id, and marks the rows published in the same
 * transaction. If the process dies after enqueueing but before commit, the next pass enqueues
 * again and BullMQ drops the duplicate job id. A LISTEN on `outbox` (NOTIFY from an insert
 * trigger, delivered on commit) wakes it at once; a slow poll covers missed notifications.
 */
@Injectable()
export class OutboxRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private running = false;
  private wake?: () => void;
  /** Set by a notification that arrives while a pass runs, so the next pass is not delayed. */
  private notified = false;
  private loop?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.listener = new Client({ connectionString: this.config.env.DATABASE_URL });
    this.listener.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    this.listener.on('error', (error) =>
      this.logger.warn({ err: error.message }, 'Outbox listener error'),
    );
    await this.listener.connect();
    await this.listener.query('LISTEN outbox');
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /**
   * Before the database pool closes (which TypeORM does on application shutdown, in whatever
   * order Nest takes the modules): a pass in flight then ends before its connection does, rather
   * than failing with "Connection terminated".
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** One pass: relays up to a batch and returns how many rows it published. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, topic, aggregate_type, aggregate_id, payload, created_at
           FROM outbox WHERE published_at IS NULL
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        // Rows were written by OutboxService.publish, typed by topic: the table gives back
        // what that type allowed in.
        const data = {
          outboxId: String(row.id),
          topic: row.topic,
          aggregate: { type: row.aggregate_type, id: row.aggregate_id },
          payload: row.payload,
          occurredAt: row.created_at.toISOString(),
        } as OutboxEventJob;
        for (const subscriber of this.registry.subscribersOf(row.topic)) {
          await this.jobs.add(subscriber.queue, subscriber.jobName, data, {
            jobId: outboxJobId(row.id),
          });
        }
      }
      await manager.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.notified = false;
      try {
        const relayed = await this.relayBatch();
        if (relayed === BATCH_SIZE) continue;
      } catch (error) {
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          'Outbox relay pass failed',
        );
      }
      if (this.notified || !this.running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, IDLE_POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}

/** The BullMQ job id of an outbox event: its id, prefixed because BullMQ refuses integer ids. */
export function outboxJobId(outboxId: string | number): string {
  return `outbox-${outboxId}`;
}
