// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { QUEUE_BACKEND_SETTINGS, type QueueBackendSettings } from 'src/modules/jobs/queue-backend';

/** How often a worker process says it is alive, and how long that lasts. */
export const HEARTBEAT_INTERVAL_MS = 10_000;
export const HEARTBEAT_TTL_MS = 30_000;

/**
 * Worker liveness, where the queues live: each process that runs jobs (the worker, or an API
 * with RUN_WORKER_IN_API) renews a heartbeat every HEARTBEAT_INTERVAL_MS while its BullMQ
 * workers run, valid for HEARTBEAT_TTL_MS; `/ready` and `samrad_workers_alive` count the
 * heartbeats still valid. With Redis: one sorted set `<namespace>:samrad:workers` (member =
 * worker, score = expiry) whose own TTL is renewed with it, so the key disappears when every
 * worker has stopped. Without Redis: the unlogged `worker_heartbeat` table, timed by the
 * database's clock. A worker that stops cleanly removes its own beat at once; one that dies or
 * hangs is gone when its beat expires.
 */
@Injectable()
export class WorkerHeartbeat implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeat.name);
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private redis: Redis | null = null;
  private lastBeat = 0;

  constructor(
    private readonly config: AppConfig,
    @Inject(QUEUE_BACKEND_SETTINGS) private readonly settings: QueueBackendSettings,
    private readonly dataSource: DataSource,
  ) {}

  /** Beats now and every interval while `running()` says the process's workers run. */
  async start(running: () => boolean): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.beat();
    this.timer = setInterval(() => {
      if (!running()) return;
      this.beat().catch((error: unknown) =>
        this.logger.warn({ err: String(error) }, 'Could not renew the worker heartbeat'),
      );
    }, HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  /** Stops beating and removes this process's beat (a clean stop shows at once). */
  async stop(): Promise<void> {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.lastBeat = 0;
    try {
      if (this.usesRedis) await this.client().zrem(this.key, this.workerId);
      else
        await this.dataSource.query(`DELETE FROM worker_heartbeat WHERE worker_id = $1`, [
          this.workerId,
        ]);
    } catch (error) {
      this.logger.warn({ err: String(error) }, 'Could not remove the worker heartbeat');
    }
  }

  /** Whether this process beat within the TTL: the worker's own health endpoint. */
  get beating(): boolean {
    return this.timer !== null && Date.now() - this.lastBeat < HEARTBEAT_TTL_MS;
  }

  /** Worker processes whose heartbeat is still valid, across the installation. */
  async liveWorkers(): Promise<number> {
    if (this.usesRedis) return this.client().zcount(this.key, Date.now(), '+inf');
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM worker_heartbeat WHERE expires_at > now()`,
    );
    return row?.n ?? 0;
  }

  /** Before the database pool closes (on shutdown), so the beat can still be removed. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
    this.redis = null;
  }

  private async beat(): Promise<void> {
    if (this.usesRedis) {
      const now = Date.now();
      await this.client()
        .multi()
        .zadd(this.key, now + HEARTBEAT_TTL_MS, this.workerId)
        .zremrangebyscore(this.key, '-inf', now)
        .pexpire(this.key, HEARTBEAT_TTL_MS)
        .exec();
    } else {
      await this.dataSource.query(
        `INSERT INTO worker_heartbeat (worker_id, expires_at)
         VALUES ($1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (worker_id) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
        [this.workerId, HEARTBEAT_TTL_MS],
      );
      // Beats of workers that died long ago: kept an hour for whoever looks, then dropped.
      await this.dataSource.query(
        `DELETE FROM worker_heartbeat WHERE expires_at < now() - interval '1 hour'`,
      );
    }
    this.lastBeat = Date.now();
  }

  private get usesRedis(): boolean {
    return Boolean(this.config.env.REDIS_URL);
  }

  private get key(): string {
    return `${this.settings.namespace}:samrad:workers`;
  }

  private client(): Redis {
    // One retry, not ioredis's twenty: while Redis is away /ready must answer (it also gives
    // up after its own timeout).
    this.redis ??= new Redis(this.config.env.REDIS_URL!, { maxRetriesPerRequest: 1 }).on(
      'error',
      (error) => this.logger.warn({ err: error.message }, 'Redis connection error (heartbeat)'),
    );
    return this.redis;
  }
}
