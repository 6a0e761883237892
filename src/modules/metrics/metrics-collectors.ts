// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { WorkerHeartbeat } from 'src/modules/jobs/worker-heartbeat';
import { Metrics } from 'src/modules/metrics/metrics';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const;

/**
 * Gauges read when Prometheus scrapes, not kept up to date in between: the main PostgreSQL
 * pool, jobs per queue and state (shared by every process, so any API answers for all), and the
 * outbox backlog with the age of its oldest unpublished row (a relay that stopped shows as a
 * growing age long before anyone notices missing mail).
 */
@Injectable()
export class MetricsCollectors implements OnModuleInit {
  private readonly logger = new Logger(MetricsCollectors.name);

  constructor(
    private readonly metrics: Metrics,
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly heartbeat: WorkerHeartbeat,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    const poolMax = this.dataSource.options.extra as { max?: number } | undefined;
    new Gauge({
      name: 'samrad_db_pool_connections',
      help: "The main PostgreSQL pool's connections: total open, idle, and requests waiting for one",
      labelNames: ['state'] as const,
      registers,
      collect() {
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'samrad_db_pool_max',
      help: 'Connections the main PostgreSQL pool may open (DATABASE_POOL_SIZE)',
      registers,
      collect() {
        if (poolMax?.max !== undefined) this.set(poolMax.max);
      },
    });
    const jobs = this.jobs;
    const logger = this.logger;
    new Gauge({
      name: 'samrad_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed, prioritized)',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        await Promise.all(
          Object.values(QueueName).map(async (queue) => {
            try {
              const counts = await jobs.queue(queue).getJobCounts(...JOB_STATES);
              for (const state of JOB_STATES) this.set({ queue, state }, counts[state] ?? 0);
            } catch (error) {
              // A queue store that does not answer shows as missing series, and /ready says so.
              logger.warn({ queue, err: String(error) }, 'Could not count jobs for metrics');
            }
          }),
        );
      },
    });
    const heartbeat = this.heartbeat;
    new Gauge({
      name: 'samrad_workers_alive',
      help: 'Worker processes (or APIs running jobs) whose heartbeat is current, installation-wide',
      registers,
      async collect() {
        try {
          this.set(await heartbeat.liveWorkers());
        } catch (error) {
          logger.warn({ err: String(error) }, 'Could not count live workers for metrics');
        }
      },
    });
    const dataSource = this.dataSource;
    // prom-client collects every metric at once: both outbox series share one statement.
    let reading: Promise<{ backlog: number; age: number }> | undefined;
    const readOutbox = () =>
      (reading ??= dataSource
        .query<{ backlog: string; age: number | null }[]>(
          `SELECT count(*) AS backlog,
                  extract(epoch FROM now() - min(created_at))::float8 AS age
             FROM outbox WHERE published_at IS NULL`,
        )
        .then(([row]) => ({ backlog: Number(row?.backlog ?? 0), age: Math.max(0, row?.age ?? 0) }))
        .finally(() => (reading = undefined)));
    new Gauge({
      name: 'samrad_outbox_backlog',
      help: 'Outbox events not yet handed to the queues',
      registers,
      async collect() {
        this.set((await readOutbox()).backlog);
      },
    });
    new Gauge({
      name: 'samrad_outbox_oldest_unpublished_age_seconds',
      help: 'Age in seconds of the oldest outbox event not yet handed to the queues (0 when none)',
      registers,
      async collect() {
        this.set((await readOutbox()).age);
      },
    });
  }
}
