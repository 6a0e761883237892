// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppConfig } from 'src/config/app-config';
import { ErrorCode } from 'src/graph/errors/error-code';
import { AccessTokens } from 'src/modules/auth/access-tokens';
import { QUEUE_BACKEND_SETTINGS, type QueueBackendSettings } from 'src/modules/jobs/queue-backend';

interface Limiters {
  perMember: RateLimiterAbstract | null;
  perAddress: RateLimiterAbstract | null;
  close: () => Promise<void>;
}

/** The routes the budget covers: the API's own, not health probes, metrics or static files. */
export const RATE_LIMITED_PATHS = ['/graphql', '/auth', '/exports', '/unsubscribe'] as const;

/**
 * The API-wide request budget (DOMAIN §12): every request to RATE_LIMITED_PATHS costs a point,
 * a signed-in one (a valid access token) from its member's budget, any other from its client
 * address's (as TRUST_PROXY reports it). Counting a signed-in request against the member and
 * not the address keeps a university behind one NAT from sharing a budget; an anonymous caller
 * (or one sending forged or expired tokens) has only its address's.
 *
 * Stored where the queues are (Redis when configured, else the `rate_limit` table) so the budget
 * holds across API processes. If the store fails, each process counts in memory for the while
 * (rate-limiter-flexible's insurance limiter): the API keeps answering and stays bounded.
 * Past the budget: HTTP 429 with Retry-After and RATE_LIMITED with `retryAfterSeconds`, before
 * the body is parsed or the GraphQL operation runs.
 */
@Injectable()
export class ApiRateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(ApiRateLimiter.name);
  /**
   * Built on the first request, not at start-up: the worker process builds the same modules
   * (AppModule without HTTP) and never admits a request, so it opens no store connection.
   */
  private limiters: Limiters | null = null;

  constructor(
    private readonly config: AppConfig,
    @Inject(QUEUE_BACKEND_SETTINGS) private readonly settings: QueueBackendSettings,
    private readonly tokens: AccessTokens,
  ) {}

  private build(): Limiters {
    const env = this.config.env;
    const options = (keyPrefix: string, points: number): IRateLimiterOptions => ({
      keyPrefix: `${this.settings.namespace}:${keyPrefix}`,
      points,
      duration: env.API_RATE_LIMIT_WINDOW_SECONDS,
    });
    const onError = (error: Error) =>
      this.logger.warn({ err: error.message }, 'Rate-limit store connection error');
    let store: (options: IRateLimiterOptions) => RateLimiterAbstract;
    let close: () => Promise<void>;
    if (!env.API_RATE_LIMIT_MEMBER_POINTS && !env.API_RATE_LIMIT_ADDRESS_POINTS) {
      store = (o) => new RateLimiterMemory(o);
      close = () => Promise.resolve();
    } else if (env.REDIS_URL) {
      const redis = new Redis(env.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 1 });
      redis.on('error', onError);
      store = (o) =>
        new RateLimiterRedis({
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(o),
          ...o,
        });
      close = async () => void (await redis.quit());
    } else {
      const pool = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
      pool.on('error', onError);
      store = (o) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limit',
          tableCreated: true,
          clearExpiredByTimeout: false,
          insuranceLimiter: new RateLimiterMemory(o),
          ...o,
        });
      close = () => pool.end();
    }
    return {
      perMember: env.API_RATE_LIMIT_MEMBER_POINTS
        ? store(options('api-member', env.API_RATE_LIMIT_MEMBER_POINTS))
        : null,
      perAddress: env.API_RATE_LIMIT_ADDRESS_POINTS
        ? store(options('api-address', env.API_RATE_LIMIT_ADDRESS_POINTS))
        : null,
      close,
    };
  }

  /** Whether the store connection was opened (tests: the worker never opens one). */
  get started(): boolean {
    return this.limiters !== null;
  }

  /** Express middleware for RATE_LIMITED_PATHS. */
  readonly middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    this.admit(req).then(
      (retryAfterSeconds) => {
        if (retryAfterSeconds === null) return next();
        res
          .status(429)
          .setHeader('Retry-After', String(retryAfterSeconds))
          .json({
            errors: [
              {
                message: 'Too many requests; try again later',
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
              },
            ],
          });
      },
      (error: unknown) => {
        // Both the store and the insurance failed: answer rather than refuse everyone.
        this.logger.error({ err: String(error) }, 'API rate limiter failed; request let through');
        next();
      },
    );
  };

  /** Null when the request may go on, else the seconds until the budget has room again. */
  async admit(req: Request): Promise<number | null> {
    const env = this.config.env;
    // Both budgets off: nothing to count, so not even the token is worth checking.
    if (!env.API_RATE_LIMIT_MEMBER_POINTS && !env.API_RATE_LIMIT_ADDRESS_POINTS) return null;
    this.limiters ??= this.build();
    const { perMember, perAddress } = this.limiters;
    const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? await this.tokens.verify(token) : null;
    const [limiter, key] = claims
      ? [perMember, claims.memberId]
      : [perAddress, req.ip ?? req.socket.remoteAddress ?? 'unknown'];
    if (!limiter) return null;
    try {
      await limiter.consume(key);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.limiters?.close();
  }
}
