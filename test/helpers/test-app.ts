// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from 'src/config/app-config';
import { createApiApp, listen, startWorker } from 'src/bootstrap/create-app';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';
import { TEST_REDIS_URL } from 'test/setup/test-env';

export type QueueBackendKind = 'postgres' | 'redis';

export interface TestAppOptions {
  queue?: QueueBackendKind;
  smtpUrl?: string;
  /** Start the outbox relay and workers (default true). */
  worker?: boolean;
  /** Reuse a database (e.g. a second app on the same data); otherwise a fresh clone. */
  database?: TestDatabase;
  queueNamespace?: string;
  env?: Record<string, string>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [k: string]: unknown };
  }[];
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  database: TestDatabase;
  queueNamespace: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  startWorker(): Promise<void>;
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * Boots the real application on a random loopback port against this file's own database (and,
 * for Redis, its own key prefix), and talks to it over HTTP like any client.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const queueNamespace = options.queueNamespace ?? `t${randomBytes(4).toString('hex')}`;
  const env = AppConfig.parse(
    {},
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      // Two files run at once and some start several apps: smaller pools keep a whole run well
      // under PostgreSQL's default max_connections (100), which the default sizes could exceed.
      DATABASE_POOL_SIZE: '5',
      QUEUE_POOL_SIZE: '2',
      // The role rule of MFA is off for the suites written before it (they sign in moderators
      // and admins with a password alone); test/e2e/mfa.e2e-spec.ts turns it back on.
      MFA_REQUIRED_ROLES: '',
      // The API-wide request budget is off: suites send hundreds of requests a minute as one
      // member from one address. test/e2e/api-limits.e2e-spec.ts turns it on and tests it.
      API_RATE_LIMIT_MEMBER_POINTS: '0',
      API_RATE_LIMIT_ADDRESS_POINTS: '0',
      ...(options.queue === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {}),
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
    },
  );
  const config = AppConfig.from(env);
  const app = await createApiApp(config, {
    quiet: true,
    queueNamespace,
    runWorker: options.worker ?? true,
  });
  await listen(app, config, 0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    database,
    queueNamespace,
    async gql(query, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<any>, 'status'>;
      return { status: response.status, ...body };
    },
    startWorker: () => startWorker(app),
    async close(closeOptions = {}) {
      await app.close();
      if (!closeOptions.keepDatabase && !options.database) await database.drop();
    },
  };
}

/** The error code of the first error, for terse assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/**
 * Whether a single-item query (`case(id)`, `question(id)`) returned its item. Unknown and
 * unreadable ids both answer null without an error (the same answer, so neither is revealed);
 * any error fails the test.
 */
export function found(response: GraphQLResponse, field: 'case' | 'question'): boolean {
  expect(response.errors).toBeUndefined();
  const item = (response.data as Record<string, unknown> | null | undefined)?.[field];
  expect(item).not.toBeUndefined();
  return item !== null;
}

/** The nodes of a connection as a response holds it, in order. */
export function nodesOf<T = Record<string, any>>(connection: { edges: { node: T }[] }): T[] {
  return connection.edges.map((edge) => edge.node);
}
