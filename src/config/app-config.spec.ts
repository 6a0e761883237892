// SPDX-License-Identifier: EUPL-1.2
import { AppConfig, InvalidConfigurationError } from 'src/config/app-config';
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';

describe(AppConfig.name, () => {
  it('applies the embedded defaults when nothing is set', () => {
    const env = AppConfig.parse({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      LOG_LEVEL: 'info',
      DATABASE_POOL_SIZE: 10,
      QUEUE_POOL_SIZE: 4,
    });
    expect([env.DATABASE_URL, env.REDIS_URL, env.SMTP_URL, env.MEILI_URL]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('links e-mail to the port the server really listens on unless PUBLIC_URL is set', () => {
    const at = (env: Record<string, string>) =>
      AppConfig.from(AppConfig.parse(env, { DATABASE_URL: 'postgres://localhost/x' }));
    expect(at({}).publicUrl).toBe('http://localhost:3000');
    expect(at({ PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    const randomPort = at({ PORT: '0' });
    randomPort.listeningOn(39123);
    expect(randomPort.publicUrl).toBe('http://localhost:39123');
    const configured = at({ PORT: '4100', PUBLIC_URL: 'https://samrad.example' });
    configured.listeningOn(4100);
    expect(configured.publicUrl).toBe('https://samrad.example');
  });

  it('lists every bad variable at once', () => {
    const sut = () =>
      AppConfig.parse({
        PORT: 'eighty',
        REDIS_URL: 'http://wrong',
        LOG_LEVEL: 'chatty',
        DATABASE_POOL_SIZE: '1',
        QUEUE_POOL_SIZE: 'many',
      });
    expect(sut).toThrow(InvalidConfigurationError);
    try {
      sut();
    } catch (error) {
      const problems = (error as InvalidConfigurationError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/REDIS_URL/);
      expect(problems).toMatch(/LOG_LEVEL/);
      expect(problems).toMatch(/DATABASE_POOL_SIZE/);
      expect(problems).toMatch(/QUEUE_POOL_SIZE/);
    }
  });

  it('refuses development secrets and a missing database in production', () => {
    try {
      AppConfig.parse({ NODE_ENV: 'production' });
      throw new Error('expected a configuration error');
    } catch (error) {
      const problems = (error as InvalidConfigurationError).problems;
      for (const name of Object.keys(DEVELOPMENT_SECRETS))
        expect(problems.join('\n')).toContain(name);
      expect(problems.join('\n')).toContain('DATABASE_URL');
    }
  });

  it('chooses the queue backend from REDIS_URL', () => {
    const withRedis = AppConfig.from(
      AppConfig.parse({ DATABASE_URL: 'postgres://x@h/db', REDIS_URL: 'redis://h:6379' }),
    );
    const withoutRedis = AppConfig.from(
      AppConfig.parse({ DATABASE_URL: 'postgres://x@h/db', REDIS_URL: '' }),
    );
    expect([withRedis.queueBackend, withoutRedis.queueBackend]).toEqual(['redis', 'postgres']);
  });
});

describe('TRUST_PROXY', () => {
  const parse = (value?: string) =>
    AppConfig.parse(value === undefined ? {} : { TRUST_PROXY: value }).TRUST_PROXY;

  it('trusts only loopback proxies by default', () => {
    expect(parse()).toEqual(['loopback']);
    expect(parse('')).toEqual(['loopback']);
  });

  it('reads a number of hops', () => {
    expect(parse('2')).toBe(2);
    expect(parse('0')).toBe(0);
  });

  it('reads a comma list of presets, addresses and CIDR ranges', () => {
    expect(parse('loopback, 10.0.0.0/8,192.0.2.7, fd00::/8')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.0.2.7',
      'fd00::/8',
    ]);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '10.0.0/8', 'loopback,,', '::1/129', '10.0.0.1/8/2'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => parse(value)).toThrow(/TRUST_PROXY/);
    },
  );
});
