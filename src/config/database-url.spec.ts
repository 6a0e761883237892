// SPDX-License-Identifier: EUPL-1.2
import { Client } from 'pg';
import { AppConfig } from 'src/config/app-config';
import { databaseUrl } from 'src/config/database-url';

/** What node-postgres makes of a connection string: the parts it will connect with. */
function connectsWith(url: string) {
  // `connectionParameters` is node-postgres's parsed view of the string (not in its types).
  const client = new Client({ connectionString: url }) as unknown as {
    connectionParameters: Record<string, unknown>;
  };
  const { host, port, user, password, database } = client.connectionParameters;
  return { host, port, user, password, database };
}

describe(databaseUrl.name, () => {
  // As `openssl rand -base64 24` may print: `/`, `+` and `=` break a hand-written URL.
  const password = 'q/8+Zk=@:%Xy/ab#?';

  it('builds the URL from separate variables, encoding the password so pg reads it back whole', () => {
    const sut = databaseUrl({
      DATABASE_HOST: 'db.internal',
      DATABASE_PORT: 6432,
      DATABASE_USER: 'samrad',
      DATABASE_PASSWORD: password,
      DATABASE_NAME: 'samrad',
    });
    expect(connectsWith(sut!)).toEqual({
      host: 'db.internal',
      port: 6432,
      user: 'samrad',
      password,
      database: 'samrad',
    });
  });

  it('lets a separate password override the URL’s, keeping the rest of it', () => {
    const sut = databaseUrl({
      DATABASE_URL: 'postgres://samrad@postgres:5432/samrad',
      DATABASE_PASSWORD: password,
    });
    expect(connectsWith(sut!)).toEqual({
      host: 'postgres',
      port: 5432,
      user: 'samrad',
      password,
      database: 'samrad',
    });
  });

  it('leaves DATABASE_URL as given without separate variables, and is unset with neither', () => {
    expect(databaseUrl({ DATABASE_URL: 'postgres://u:p%2Fq@h/db' })).toBe(
      'postgres://u:p%2Fq@h/db',
    );
    expect(databaseUrl({})).toBeUndefined();
  });

  it('is what the configuration connects with; production needs a URL or a host', () => {
    const env = AppConfig.parse(
      {},
      { DATABASE_HOST: 'postgres', DATABASE_USER: 'samrad', DATABASE_PASSWORD: password },
    );
    expect(connectsWith(env.DATABASE_URL!).password).toBe(password);
    expect(() =>
      AppConfig.parse({}, { NODE_ENV: 'production', DATABASE_PASSWORD: password }),
    ).toThrow(/DATABASE_URL: is required in production/);
  });
});
