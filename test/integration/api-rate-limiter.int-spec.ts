// SPDX-License-Identifier: EUPL-1.2
import type { Request } from 'express';
import { AppConfig } from 'src/config/app-config';
import { AccessTokens } from 'src/modules/auth/access-tokens';
import { ApiRateLimiter } from 'src/modules/auth/api-rate-limiter';
import type { QueueBackendSettings } from 'src/modules/jobs/queue-backend';
import { TEST_REDIS_URL } from 'test/setup/test-env';

// The worker process builds the API's modules too (AppModule without HTTP): the request budget
// must not open its store connection until a request is admitted, which a worker never does.
describe('ApiRateLimiter store connection', () => {
  const config = (points: string) =>
    AppConfig.from(
      AppConfig.parse(
        {},
        {
          NODE_ENV: 'test',
          DATABASE_URL: 'postgres://localhost/x',
          REDIS_URL: TEST_REDIS_URL,
          API_RATE_LIMIT_MEMBER_POINTS: points,
          API_RATE_LIMIT_ADDRESS_POINTS: points,
        },
      ),
    );
  const settings: QueueBackendSettings = { namespace: `lazy_${process.pid}` };
  const request = { headers: {}, ip: '192.0.2.1', socket: {} } as unknown as Request;

  it('is opened by the first admitted request, not by building the provider', async () => {
    const env = config('5');
    const limiter = new ApiRateLimiter(env, settings, new AccessTokens(env));
    expect(limiter.started).toBe(false);
    await expect(limiter.admit(request)).resolves.toBeNull();
    expect(limiter.started).toBe(true);
    await limiter.onApplicationShutdown();
  });

  it('is never opened when both budgets are off', async () => {
    const env = config('0');
    const limiter = new ApiRateLimiter(env, settings, new AccessTokens(env));
    await expect(limiter.admit(request)).resolves.toBeNull();
    expect(limiter.started).toBe(false);
    await limiter.onApplicationShutdown();
  });
});
