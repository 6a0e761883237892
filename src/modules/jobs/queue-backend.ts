// SPDX-License-Identifier: EUPL-1.2
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  Queue,
  Worker,
  createPostgresBackend,
  withBackend,
  type JobsOptions,
  type Processor,
} from 'bullmq';
import { Redis } from 'ioredis';
import { BullMQOtel } from 'bullmq-otel';
import { AppConfig } from 'src/config/app-config';

/** Retries with exponential backoff (1 s, 2 s, 4 s … about 4 min in all); failed jobs are kept. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: false,
};

export interface QueueBackendSettings {
  /** Namespace of every key (Redis) or schema (PostgreSQL); tests give each file its own. */
  namespace: string;
}

export const QUEUE_BACKEND_SETTINGS = Symbol('QueueBackendSettings');

/**
 * Creates BullMQ queues and workers on the configured backend: Redis when REDIS_URL is set,
 * otherwise BullMQ's PostgreSQL backend in our own database (the embedded default), so a
 * machine with nothing but Node still runs every job.
 */
@Injectable()
export class QueueBackend implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueBackend.name);
  private readonly redisConnections: Redis[] = [];
  private readonly postgres = withBackend(createPostgresBackend);
  private otel?: BullMQOtel;

  constructor(
    private readonly config: AppConfig,
    private readonly settings: QueueBackendSettings,
  ) {}

  get kind(): 'redis' | 'postgres' {
    return this.config.queueBackend;
  }

  /** Job spans (enqueue, process) when tracing is on; BullMQ creates none without it. */
  private get telemetry() {
    return this.config.env.TRACING === 'otlp'
      ? { telemetry: (this.otel ??= new BullMQOtel({ tracerName: 'samrad' })) }
      : {};
  }

  createQueue(name: string): Queue {
    const options = { defaultJobOptions: DEFAULT_JOB_OPTIONS, ...this.telemetry };
    const queue =
      this.kind === 'redis'
        ? new Queue(name, { ...options, connection: this.redis(), prefix: this.settings.namespace })
        : (new this.postgres.Queue(name, {
            ...options,
            connection: this.postgresConnection(),
          }) as unknown as Queue);
    // A queue re-emits connection errors (a database restart, a dropped connection); without a
    // listener Node would treat them as unhandled and stop the process.
    queue.on('error', (error) =>
      this.logger.warn({ queue: name, err: error.message }, 'Queue connection error'),
    );
    return queue;
  }

  createWorker(name: string, processor: Processor, concurrency: number): Worker {
    const options = { concurrency, autorun: false, ...this.telemetry };
    if (this.kind === 'redis') {
      return new Worker(name, processor, {
        ...options,
        // Workers block on Redis; BullMQ requires unlimited retries on their connection.
        connection: this.redis({ maxRetriesPerRequest: null }),
        prefix: this.settings.namespace,
      });
    }
    return new this.postgres.Worker(name, processor, {
      ...options,
      connection: this.postgresConnection(),
    }) as unknown as Worker;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.redisConnections.map((c) => c.quit()));
  }

  private redis(extra: { maxRetriesPerRequest?: null } = {}): Redis {
    const url = this.config.env.REDIS_URL;
    if (!url) throw new Error('REDIS_URL is not set');
    const connection = new Redis(url, { lazyConnect: false, ...extra });
    connection.on('error', (error) =>
      this.logger.warn({ err: error.message }, 'Redis connection error'),
    );
    this.redisConnections.push(connection);
    return connection;
  }

  private postgresConnection() {
    return {
      connectionString: this.config.env.DATABASE_URL,
      schema: this.settings.namespace.replace(/[^a-z0-9_]/gi, '_'),
      // BullMQ versions its own schema and migrates it under an advisory lock, so several
      // processes starting at once are safe; our TypeORM migrations do not own these tables.
      migrate: true,
      max: this.config.env.QUEUE_POOL_SIZE,
    };
  }
}
