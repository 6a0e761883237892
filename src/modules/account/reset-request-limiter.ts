// SPDX-License-Identifier: EUPL-1.2
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

const WINDOW_SECONDS = 60 * 60;
/** Reset requests per e-mail address an hour: enough for a lost mail, too few to flood a box. */
export const RESET_REQUESTS_PER_EMAIL = 5;
/** Reset requests per client address an hour, whatever the e-mail. */
export const RESET_REQUESTS_PER_CLIENT = 50;

/**
 * Throttles password-reset requests, in the same store as the sign-in limiter (Redis when
 * configured, else the `rate_limit` table) but with budgets of its own: asking for resets in a
 * member's name must not lock them out of signing in, and signing in must not use up resets.
 * Both budgets count before the address is looked up, so known and unknown addresses answer
 * alike, RATE_LIMITED included. Keys are hashed e-mails (see `passwordResetKey`).
 */
@Injectable()
export class ResetRequestLimiter implements OnApplicationShutdown {
  private readonly perEmail: RateLimiterAbstract;
  private readonly perClient: RateLimiterAbstract;
  private readonly logger = new Logger(ResetRequestLimiter.name);
  private readonly close: () => Promise<void>;

  constructor(config: AppConfig, @Inject(QUEUE_BACKEND_SETTINGS) settings: QueueBackendSettings) {
    const make = (keyPrefix: string, points: number) => ({
      keyPrefix: `${settings.namespace}:${keyPrefix}`,
      points,
      duration: WINDOW_SECONDS,
    });
    const onError = (error: Error) =>
      this.logger.warn({ err: error.message }, 'Rate-limit store connection error');
    if (config.env.REDIS_URL) {
      const redis = new Redis(config.env.REDIS_URL, {
        enableOfflineQueue: true,
        maxRetriesPerRequest: 2,
      });
      redis.on('error', onError);
      this.perEmail = new RateLimiterRedis({
        storeClient: redis,
        ...make('reset-email', RESET_REQUESTS_PER_EMAIL),
      });
      this.perClient = new RateLimiterRedis({
        storeClient: redis,
        ...make('reset-client', RESET_REQUESTS_PER_CLIENT),
      });
      this.close = async () => void (await redis.quit());
    } else {
      const pool = new Pool({ connectionString: config.env.DATABASE_URL, max: 1 });
      pool.on('error', onError);
      const options = {
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
      };
      this.perEmail = new RateLimiterPostgres({
        ...options,
        ...make('reset-email', RESET_REQUESTS_PER_EMAIL),
      });
      this.perClient = new RateLimiterPostgres({
        ...options,
        ...make('reset-client', RESET_REQUESTS_PER_CLIENT),
      });
      this.close = () => pool.end();
    }
  }

  /** Counts one request; RATE_LIMITED once either budget is spent. */
  async consume(emailKey: string, clientAddress: string): Promise<void> {
    for (const [limiter, key] of [
      [this.perClient, clientAddress],
      [this.perEmail, emailKey],
    ] as const) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          throw Errors.rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
        throw rejection;
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
