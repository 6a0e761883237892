import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppConfig } from 'src/config/app-config';
import { Errors } from 'src/graph/errors/app-error';
import { QUEUE_BACKEND_SETTINGS, type QueueBackendSettings } from 'src/modules/jobs/queue-backend';

const WINDOW_SECONDS = 15 * 60;
/** Failed attempts per account in the window before the account is locked for the window. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Attempts (any outcome) per client address in the window. */
export const ADDRESS_ATTEMPT_LIMIT = 30;

/**
 * Sign-in throttling per account and per client address (rate-limiter-flexible), stored where
 * the queues are: Redis when configured, else the `rate_limit` table, so limits hold across API
 * processes. Account keys are hashed e-mails: the store never holds addresses in clear.
 */
@Injectable()
export class SignInRateLimiter implements OnApplicationShutdown {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly logger = new Logger(SignInRateLimiter.name);
  private readonly close: () => Promise<void>;

  constructor(config: AppConfig, @Inject(QUEUE_BACKEND_SETTINGS) settings: QueueBackendSettings) {
    const make = (keyPrefix: string, points: number) => ({
      keyPrefix: `${settings.namespace}:${keyPrefix}`,
      points,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    });
    if (config.env.REDIS_URL) {
      const redis = new Redis(config.env.REDIS_URL, {
        // Queue commands until the connection is up (the first sign-in after start-up must not
        // fail), but give up after two retries so a Redis outage answers rather than hangs.
        enableOfflineQueue: true,
        maxRetriesPerRequest: 2,
      });
      redis.on('error', (error) =>
        this.logger.warn({ err: error.message }, 'Rate-limit store connection error'),
      );
      this.perAccount = new RateLimiterRedis({
        storeClient: redis,
        ...make('signin-account', ACCOUNT_FAILURE_LIMIT),
      });
      this.perAddress = new RateLimiterRedis({
        storeClient: redis,
        ...make('signin-address', ADDRESS_ATTEMPT_LIMIT),
      });
      this.close = async () => void (await redis.quit());
    } else {
      const pool = new Pool({ connectionString: config.env.DATABASE_URL, max: 2 });
      // An idle client that loses its connection errors on the pool; handle it, do not crash.
      pool.on('error', (error) =>
        this.logger.warn({ err: error.message }, 'Rate-limit store connection error'),
      );
      const options = {
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
      };
      this.perAccount = new RateLimiterPostgres({
        ...options,
        ...make('signin-account', ACCOUNT_FAILURE_LIMIT),
      });
      this.perAddress = new RateLimiterPostgres({
        ...options,
        ...make('signin-address', ADDRESS_ATTEMPT_LIMIT),
      });
      this.close = () => pool.end();
    }
  }

  /** Counts an attempt from the address and refuses if the address or account is locked. */
  async beforeAttempt(accountKey: string, address: string): Promise<void> {
    const locked = await this.perAccount.get(accountKey);
    if (locked && locked.remainingPoints <= 0)
      throw Errors.rateLimited(Math.ceil(locked.msBeforeNext / 1000));
    await this.consume(this.perAddress, address);
  }

  async recordFailure(accountKey: string): Promise<void> {
    await this.consume(this.perAccount, accountKey).catch(() => undefined);
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private async consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        throw Errors.rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }
}
