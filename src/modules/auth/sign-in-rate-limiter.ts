// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppConfig } from 'src/config/app-config';
import { Errors } from 'src/graph/errors/app-error';
import { QUEUE_BACKEND_SETTINGS, type QueueBackendSettings } from 'src/modules/jobs/queue-backend';

const WINDOW_SECONDS = 15 * 60;

/**
 * Failed sign-ins per account in the window before the account is locked for the window: enough
 * for a member who mistypes, too few to guess a password that passed our strength check.
 */
export const ACCOUNT_FAILURE_LIMIT = 5;

/**
 * Failed sign-ins per client address in the window before the address is locked. Thirty failures
 * means at least six accounts tried (each locks after five): credential stuffing, not a colleague
 * behind the same NAT who mistyped. Successful sign-ins do not count here.
 */
export const ADDRESS_FAILURE_LIMIT = 30;

/**
 * Attempts of any outcome per client address in the window. Only a ceiling on the argon2 work one
 * address can ask for: 600 in 15 minutes (40 a minute) lets a whole university's NAT, or every
 * member behind a proxy that is not configured as trusted, sign in at the start of a meeting.
 */
export const ADDRESS_ATTEMPT_LIMIT = 600;

/**
 * Sign-in throttling (rate-limiter-flexible) per account, per client address for failures, and a
 * generous ceiling per address for all attempts, stored where the queues are: Redis when
 * configured, else the `rate_limit` table, so limits hold across API processes. Account keys are
 * hashed e-mails: the store never holds addresses in clear.
 */
@Injectable()
export class SignInRateLimiter implements OnApplicationShutdown {
  private readonly accountFailures: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;
  private readonly addressAttempts: RateLimiterAbstract;
  private readonly logger = new Logger(SignInRateLimiter.name);
  private readonly close: () => Promise<void>;

  constructor(config: AppConfig, @Inject(QUEUE_BACKEND_SETTINGS) settings: QueueBackendSettings) {
    const make = (keyPrefix: string, points: number): IRateLimiterOptions => ({
      keyPrefix: `${settings.namespace}:${keyPrefix}`,
      points,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    });
    let limiter: (options: IRateLimiterOptions) => RateLimiterAbstract;
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
      limiter = (options) => new RateLimiterRedis({ storeClient: redis, ...options });
      this.close = async () => void (await redis.quit());
    } else {
      const pool = new Pool({ connectionString: config.env.DATABASE_URL, max: 2 });
      // An idle client that loses its connection errors on the pool; handle it, do not crash.
      pool.on('error', (error) =>
        this.logger.warn({ err: error.message }, 'Rate-limit store connection error'),
      );
      limiter = (options) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limit',
          tableCreated: true,
          clearExpiredByTimeout: false,
          ...options,
        });
      this.close = () => pool.end();
    }
    this.accountFailures = limiter(make('signin-account', ACCOUNT_FAILURE_LIMIT));
    this.addressFailures = limiter(make('signin-address-failures', ADDRESS_FAILURE_LIMIT));
    this.addressAttempts = limiter(make('signin-address-attempts', ADDRESS_ATTEMPT_LIMIT));
  }

  /**
   * Refuses if the account or the address has used up its failures, then counts the attempt
   * against the address's ceiling (refusing past it).
   */
  async beforeAttempt(accountKey: string, address: string): Promise<void> {
    await this.refuseIfExhausted(this.accountFailures, accountKey);
    await this.refuseIfExhausted(this.addressFailures, address);
    await this.consume(this.addressAttempts, address);
  }

  /**
   * Counts a failure against the account and the address. The failure itself was answered as a
   * failure; the lock applies from the next attempt, so the errors are not rethrown here.
   */
  async recordFailure(accountKey: string, address: string): Promise<void> {
    await Promise.all([
      this.count(this.accountFailures, accountKey),
      this.count(this.addressFailures, address),
    ]);
  }

  /** The member proved the password: earlier mistakes on the account are forgiven. */
  async recordSuccess(accountKey: string): Promise<void> {
    await this.accountFailures.delete(accountKey);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private async refuseIfExhausted(limiter: RateLimiterAbstract, key: string): Promise<void> {
    const used = await limiter.get(key);
    if (used && used.remainingPoints <= 0)
      throw Errors.rateLimited(Math.ceil(used.msBeforeNext / 1000));
  }

  /** Consumes a point; a limit already reached is not an error here (a store failure is). */
  private async count(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
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
