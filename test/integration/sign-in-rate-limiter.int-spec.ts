// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from 'src/config/app-config';
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { AuthService } from 'src/modules/auth/auth.service';
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_ATTEMPT_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  SignInRateLimiter,
} from 'src/modules/auth/sign-in-rate-limiter';
import { eventually } from 'test/helpers/eventually';
import { freePort } from 'test/helpers/free-port';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';
import { withClient } from 'test/helpers/with-client';
import { TEST_REDIS_URL } from 'test/setup/test-env';

type Store = 'postgres' | 'redis';

/** The limiter's window (and lock), 15 minutes: a refusal names at most that long a wait. */
const WINDOW_SECONDS = 900;

/**
 * The sign-in limiter on its own, against the real stores: the rules that
 * test/e2e/sign-in-throttling.e2e-spec.ts checks through the API (hundreds of argon2 sign-ins),
 * here in a few seconds, so mutation testing can afford to run them for every mutant.
 */
describe.each<Store>(['postgres', 'redis'])('SignInRateLimiter (%s store)', (store) => {
  let database: TestDatabase;
  let inspect: Redis;
  const open: SignInRateLimiter[] = [];
  // AuthService's key for an e-mail (hashed, normalised): what the real callers pass.
  const accountKey = (email: string) =>
    (Object.create(AuthService.prototype) as AuthService).accountKey(email);

  beforeAll(async () => {
    database = await createTestDatabase();
    inspect = new Redis(TEST_REDIS_URL);
  });

  afterAll(async () => {
    for (const limiter of open.splice(0))
      await limiter.onApplicationShutdown().catch(() => undefined);
    await database?.drop();
    await inspect?.quit();
  });

  /** A namespace of the test's own, as each API deployment (and test file) has. */
  const namespace = () => `signin_${process.pid}_${randomBytes(4).toString('hex')}`;

  function limiterFor(ns: string, redisUrl = TEST_REDIS_URL): SignInRateLimiter {
    const config = AppConfig.from(
      AppConfig.parse(
        {},
        {
          NODE_ENV: 'test',
          DATABASE_URL: database.url,
          ...(store === 'redis' ? { REDIS_URL: redisUrl } : {}),
        },
      ),
    );
    const limiter = new SignInRateLimiter(config, { namespace: ns });
    open.push(limiter);
    return limiter;
  }

  async function close(limiter: SignInRateLimiter): Promise<void> {
    open.splice(open.indexOf(limiter), 1);
    await limiter.onApplicationShutdown();
  }

  /** The keys the limiter keeps in its store for a namespace, sorted. */
  async function storedKeys(ns: string): Promise<string[]> {
    const keys =
      store === 'redis'
        ? await inspect.keys(`${ns}:*`)
        : await withClient(database.url, async (c) =>
            (
              await c.query<{ key: string }>(`SELECT key FROM rate_limit WHERE key LIKE $1`, [
                `${ns}:%`,
              ])
            ).rows.map((r) => r.key),
          );
    return keys.sort();
  }

  /** The refusal, or a failure of this test when the attempt was let through. */
  async function refusal(attempt: Promise<void>): Promise<AppError> {
    const outcome = await attempt.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(AppError);
    const error = outcome as AppError;
    expect(error.code).toBe(ErrorCode.RATE_LIMITED);
    return error;
  }

  /** A refusal names the wait in whole seconds: the rest of the window, never more. */
  function expectWaitOfAWindow(error: AppError, since: number): void {
    const elapsed = Math.ceil((Date.now() - since) / 1000);
    const wait = error.extensions['retryAfterSeconds'];
    expect(Number.isInteger(wait)).toBe(true);
    expect(wait).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(wait).toBeGreaterThanOrEqual(WINDOW_SECONDS - elapsed - 1);
  }

  it('answers the first attempt straight after start-up, and keeps only namespaced, hashed keys', async () => {
    const ns = namespace();
    const limiter = limiterFor(ns);
    // No waiting for the store connection: the first sign-in after a restart must not fail.
    await expect(
      limiter.beforeAttempt(accountKey('Ada@Example.org'), '192.0.2.1'),
    ).resolves.toBeUndefined();
    expect(await storedKeys(ns)).toEqual([`${ns}:signin-address-attempts:192.0.2.1`]);
    await limiter.recordFailure(accountKey('Ada@Example.org'), '192.0.2.1');
    expect(await storedKeys(ns)).toEqual(
      [
        `${ns}:signin-account:${accountKey('ada@example.org')}`,
        `${ns}:signin-address-attempts:192.0.2.1`,
        `${ns}:signin-address-failures:192.0.2.1`,
      ].sort(),
    );
    expect((await storedKeys(ns)).join(' ')).not.toMatch(/ada/i);
  });

  it('locks an account after 5 failures, from any address, keyed on the normalised e-mail, and only that account', async () => {
    const limiter = limiterFor(namespace());
    const spellings = [
      'Victim@Example.org',
      'victim@example.org',
      'VICTIM@EXAMPLE.ORG',
      ' victim@Example.ORG',
      'victim@example.org ',
    ];
    const started = Date.now();
    for (const [i, email] of spellings.entries()) {
      await expect(
        limiter.beforeAttempt(accountKey(email), `203.0.113.${i}`),
      ).resolves.toBeUndefined();
      await limiter.recordFailure(accountKey(email), `203.0.113.${i}`);
    }
    expect(spellings).toHaveLength(ACCOUNT_FAILURE_LIMIT);
    // The sixth try, from yet another address and however spelt, meets the lock …
    expectWaitOfAWindow(
      await refusal(limiter.beforeAttempt(accountKey('victim@example.org'), '203.0.113.99')),
      started,
    );
    // … which names the account, not the addresses of its failures.
    await expect(
      limiter.beforeAttempt(accountKey('colleague@example.org'), '203.0.113.0'),
    ).resolves.toBeUndefined();
    // Failures past the limit are still recorded without error: the failure was answered already.
    await expect(
      limiter.recordFailure(accountKey('victim@example.org'), '203.0.113.99'),
    ).resolves.toBeUndefined();
    await refusal(limiter.beforeAttempt(accountKey('victim@example.org'), '203.0.113.98'));
  });

  it('locks an address after 30 failures, for every account behind it, and only that address', async () => {
    const limiter = limiterFor(namespace());
    const address = '198.51.100.7';
    const started = Date.now();
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i += 1) {
      // Each guess names another account, so no account lock is reached.
      await expect(
        limiter.beforeAttempt(accountKey(`guess-${i}@example.org`), address),
      ).resolves.toBeUndefined();
      await limiter.recordFailure(accountKey(`guess-${i}@example.org`), address);
    }
    expectWaitOfAWindow(
      await refusal(limiter.beforeAttempt(accountKey('member@example.org'), address)),
      started,
    );
    // A success elsewhere forgives the account's failures, not the address's.
    await limiter.recordSuccess(accountKey('guess-0@example.org'));
    await refusal(limiter.beforeAttempt(accountKey('member@example.org'), address));
    await expect(
      limiter.beforeAttempt(accountKey('member@example.org'), '198.51.100.8'),
    ).resolves.toBeUndefined();
  });

  it('forgives an account its failures once the password is given', async () => {
    const limiter = limiterFor(namespace());
    const account = accountKey('forgetful@example.org');
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i += 1) {
        await expect(limiter.beforeAttempt(account, '198.51.100.20')).resolves.toBeUndefined();
        await limiter.recordFailure(account, '198.51.100.20');
      }
      await expect(limiter.beforeAttempt(account, '198.51.100.20')).resolves.toBeUndefined();
      await limiter.recordSuccess(account);
    }
    // Forgiving is not a fresh allowance beyond the limit: five failures after it still lock.
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i += 1)
      await limiter.recordFailure(account, '198.51.100.21');
    await refusal(limiter.beforeAttempt(account, '198.51.100.22'));
  });

  it('lets 600 attempts of any outcome through from one address in the window, and no more', async () => {
    const limiter = limiterFor(namespace());
    const address = '198.51.100.30';
    const member = accountKey('member@example.org');
    for (let i = 0; i < ADDRESS_ATTEMPT_LIMIT; i += 1) {
      await limiter.beforeAttempt(member, address);
      await limiter.recordSuccess(member);
    }
    const started = Date.now();
    expectWaitOfAWindow(await refusal(limiter.beforeAttempt(member, address)), started);
    await expect(limiter.beforeAttempt(member, '198.51.100.31')).resolves.toBeUndefined();
  }, 60_000);

  it('shares its counts with every limiter of the same namespace (other API processes), and only those', async () => {
    const ns = namespace();
    const first = limiterFor(ns);
    const second = limiterFor(ns);
    const elsewhere = limiterFor(namespace());
    const account = accountKey('shared@example.org');
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i += 1)
      await first.recordFailure(account, `192.0.2.${i}`);
    await refusal(second.beforeAttempt(account, '192.0.2.50'));
    await expect(elsewhere.beforeAttempt(account, '192.0.2.50')).resolves.toBeUndefined();
  });

  it('closes its store connection on shutdown: nothing is counted or let through after it', async () => {
    const limiter = limiterFor(namespace());
    await limiter.beforeAttempt(accountKey('late@example.org'), '192.0.2.60');
    await close(limiter);
    // A store that cannot answer is an error of its own, neither a lock nor a pass …
    const attempt = await limiter
      .beforeAttempt(accountKey('late@example.org'), '192.0.2.60')
      .catch((e: unknown) => e);
    expect(attempt).toBeInstanceOf(Error);
    expect(attempt).not.toBeInstanceOf(AppError);
    // … and a failure that cannot be counted is not silently dropped.
    await expect(
      limiter.recordFailure(accountKey('late@example.org'), '192.0.2.60'),
    ).rejects.toThrow();
  });

  if (store === 'postgres') {
    it('reports a store that fails to count an attempt as a store failure, not as a lock', async () => {
      const ns = namespace();
      const limiter = limiterFor(ns);
      // Reads of the table still work; counting an attempt of this namespace fails in the store.
      await withClient(database.url, (c) =>
        c.query(`
          CREATE FUNCTION refuse_attempts() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF NEW.key LIKE '${ns}:signin-address-attempts:%' OR NEW.key LIKE '${ns}:signin-account:%' THEN
              RAISE EXCEPTION 'store failure';
            END IF;
            RETURN NEW;
          END $$;
          CREATE TRIGGER refuse_attempts BEFORE INSERT OR UPDATE ON rate_limit
            FOR EACH ROW EXECUTE FUNCTION refuse_attempts();`),
      );
      try {
        const attempt = await limiter
          .beforeAttempt(accountKey('x@example.org'), '192.0.2.70')
          .catch((e: unknown) => e);
        expect(attempt).toBeInstanceOf(Error);
        expect(attempt).not.toBeInstanceOf(AppError);
        expect((attempt as Error).message).toMatch(/store failure/);
        await expect(
          limiter.recordFailure(accountKey('x@example.org'), '192.0.2.70'),
        ).rejects.toThrow(/store failure/);
      } finally {
        await withClient(database.url, (c) =>
          c.query(`DROP TRIGGER refuse_attempts ON rate_limit; DROP FUNCTION refuse_attempts()`),
        );
      }
    });

    it('survives and logs losing an idle store connection', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const limiter = limiterFor(namespace());
        await limiter.beforeAttempt(accountKey('idle@example.org'), '192.0.2.80');
        const terminated = await withClient(database.url, (c) =>
          c.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND backend_type = 'client backend'`,
          ),
        );
        // Every idle client the limiters' pools held (this one's may hold two) reports its loss
        // and is dropped; the attempt below must not be handed one whose news is still on its way.
        const lost = terminated.rowCount ?? 0;
        expect(lost).toBeGreaterThan(0);
        await eventually(() => (warn.mock.calls.length >= lost ? true : undefined), 10_000);
        expect(warn).toHaveBeenCalledWith(
          { err: expect.stringMatching(/terminat/i) },
          'Rate-limit store connection error',
        );
        await expect(
          limiter.beforeAttempt(accountKey('idle@example.org'), '192.0.2.80'),
        ).resolves.toBeUndefined();
      } finally {
        warn.mockRestore();
      }
    });
  } else {
    it('answers, and logs, rather than hangs when Redis is down', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const limiter = limiterFor(namespace(), `redis://127.0.0.1:${await freePort()}`);
        const started = Date.now();
        const attempt = await limiter
          .beforeAttempt(accountKey('down@example.org'), '192.0.2.90')
          .catch((e: unknown) => e);
        // Two retries answer within a second or so; ioredis's default twenty take over ten.
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(attempt).toBeInstanceOf(Error);
        expect(attempt).not.toBeInstanceOf(AppError);
        expect(warn).toHaveBeenCalledWith(
          { err: expect.stringMatching(/ECONNREFUSED/) },
          'Rate-limit store connection error',
        );
        await close(limiter).catch(() => undefined);
      } finally {
        warn.mockRestore();
      }
    });
  }
});
