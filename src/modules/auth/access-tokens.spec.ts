// SPDX-License-Identifier: EUPL-1.2
import { AppConfig } from 'src/config/app-config';
import { AccessTokens } from 'src/modules/auth/access-tokens';

const config = (secret: string) =>
  AppConfig.from(
    AppConfig.parse(
      {},
      {
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://localhost/x',
        ACCESS_TOKEN_SECRET: secret,
        ACCESS_TOKEN_TTL_SECONDS: '60',
      },
    ),
  );

const claims = { memberId: 'member-1', sessionId: 'session-1' };

describe(AccessTokens.name, () => {
  afterEach(() => jest.useRealTimers());

  it('answers a token it verified before with the same claims, until the token expires', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-12-07T09:00:00Z'), doNotFake: ['nextTick'] });
    const tokens = new AccessTokens(config('a'.repeat(40)));
    const { token } = await tokens.issue(claims);
    await expect(tokens.verify(token)).resolves.toEqual(claims);
    await expect(tokens.verify(token)).resolves.toEqual(claims);
    jest.setSystemTime(Date.parse('2026-12-07T09:00:59Z'));
    await expect(tokens.verify(token)).resolves.toEqual(claims);
    // At its expiry second the remembered answer is void, as jose's own check would be.
    jest.setSystemTime(Date.parse('2026-12-07T09:01:00Z'));
    await expect(tokens.verify(token)).resolves.toBeNull();
  });

  it('refuses a token with another signature even after the genuine one was verified', async () => {
    const tokens = new AccessTokens(config('a'.repeat(40)));
    const { token } = await tokens.issue(claims);
    await expect(tokens.verify(token)).resolves.toEqual(claims);
    const forged = (await new AccessTokens(config('b'.repeat(40))).issue(claims)).token;
    await expect(tokens.verify(forged)).resolves.toBeNull();
    const [header, payload] = token.split('.');
    await expect(tokens.verify(`${header}.${payload}.AAAA`)).resolves.toBeNull();
  });
});
