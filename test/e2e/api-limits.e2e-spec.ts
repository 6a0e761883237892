// SPDX-License-Identifier: EUPL-1.2
import { Client } from 'pg';
import { caseInput } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { sql } from 'test/helpers/sql';
import {
  errorCode,
  startTestApp,
  type QueueBackendKind,
  type TestApp,
} from 'test/helpers/test-app';

const ME = `{ me { id } }`;

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | undefined;
  retryAfterSeconds: unknown;
}

/** One request as a client would send it, from `address` (the test client is a trusted proxy). */
async function call(
  t: TestApp,
  { address, token, path = '/graphql' }: { address: string; token?: string; path?: string },
): Promise<Answer> {
  const url = new URL(path, t.url).toString();
  const graphql = path === '/graphql';
  const response = await fetch(url, {
    method: path === '/health' ? 'GET' : 'POST',
    headers: {
      'x-forwarded-for': address,
      'content-type': 'application/json',
      ...(path === '/auth/refresh' ? { 'x-samrad-session': 'cookie' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(path === '/health' ? {} : { body: JSON.stringify(graphql ? { query: ME } : {}) }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    errors?: { extensions?: { code?: string; retryAfterSeconds?: unknown } }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
    retryAfterSeconds: body.errors?.[0]?.extensions?.retryAfterSeconds,
  };
}

async function calls(times: number, send: () => Promise<Answer>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push((await send()).status);
  return statuses;
}

const BUDGET = {
  API_RATE_LIMIT_MEMBER_POINTS: '5',
  API_RATE_LIMIT_ADDRESS_POINTS: '3',
  API_RATE_LIMIT_WINDOW_SECONDS: '60',
};

describe.each<QueueBackendKind>(['postgres', 'redis'])('API request budget (%s store)', (queue) => {
  let t: TestApp;
  let second: TestApp;
  let alice: SignedInMember;
  let bob: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false, queue, env: BUDGET });
    // A second API process on the same data and store: the budget is the installation's.
    second = await startTestApp({
      worker: false,
      queue,
      database: t.database,
      queueNamespace: t.queueNamespace,
      env: BUDGET,
    });
    // Signing in is anonymous: each sign-in spends a point of 127.0.0.1, which no test below uses.
    alice = await signedInMember(t);
    bob = await signedInMember(t);
  });

  afterAll(async () => {
    await second.close({ keepDatabase: true });
    await t.close();
  });

  it('answers an anonymous address its budget, then 429 RATE_LIMITED with Retry-After', async () => {
    const address = '198.51.100.1';
    expect(await calls(3, () => call(t, { address }))).toEqual([200, 200, 200]);
    const refused = await call(t, { address });
    expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refused.retryAfterSeconds).toEqual(Number(refused.retryAfter));
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address has a budget of its own.
    expect((await call(t, { address: '198.51.100.2' })).status).toBe(200);
  });

  it('counts a signed-in request against its member, not the shared address', async () => {
    const address = '198.51.100.3';
    expect(await calls(5, () => call(t, { address, token: alice.accessToken }))).toEqual([
      200, 200, 200, 200, 200,
    ]);
    expect(await call(t, { address, token: alice.accessToken })).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
    // Bob behind the same NAT, and anonymous callers from it, are untouched by Alice's use.
    expect((await call(t, { address, token: bob.accessToken })).status).toBe(200);
    expect((await call(t, { address })).status).toBe(200);
  });

  it('counts a forged token against the address', async () => {
    const address = '198.51.100.4';
    const forged = `${alice.accessToken.slice(0, -4)}AAAA`;
    expect(await calls(3, () => call(t, { address, token: forged }))).toEqual([200, 200, 200]);
    expect((await call(t, { address, token: forged })).status).toBe(429);
  });

  it('holds across API processes', async () => {
    const member = await signedInMember(second);
    const address = '198.51.100.5';
    expect(await calls(3, () => call(t, { address, token: member.accessToken }))).toEqual([
      200, 200, 200,
    ]);
    expect(await calls(3, () => call(second, { address, token: member.accessToken }))).toEqual([
      200, 200, 429,
    ]);
  });

  it('covers the HTTP routes (429 + Retry-After) but not health probes', async () => {
    const address = '198.51.100.6';
    // No refresh cookie: 401, but each attempt spends a point all the same.
    expect(await calls(3, () => call(t, { address, path: '/auth/refresh' }))).toEqual([
      401, 401, 401,
    ]);
    const refused = await call(t, { address, path: '/auth/refresh' });
    expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await call(t, { address, path: '/graphql' })).status).toBe(429);
    expect(await calls(5, () => call(t, { address, path: '/health' }))).toEqual([
      200, 200, 200, 200, 200,
    ]);
  });
});

describe('Statement timeout of API requests', () => {
  let t: TestApp;
  let member: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false, env: { DATABASE_STATEMENT_TIMEOUT_MS: '400' } });
    member = await signedInMember(t);
  });

  afterAll(() => t.close());

  it("is set on the API pool's connections", async () => {
    expect(await sql(t, 'SHOW statement_timeout')).toEqual([{ statement_timeout: '400ms' }]);
  });

  it("turns JIT compilation and parallel workers off on the pool's connections", async () => {
    expect(await sql(t, 'SHOW jit')).toEqual([{ jit: 'off' }]);
    expect(await sql(t, 'SHOW max_parallel_workers_per_gather')).toEqual([
      { max_parallel_workers_per_gather: '0' },
    ]);
  });

  it('cancels a statement that waits past it and answers TIMEOUT, keeping nothing', async () => {
    const CASES = `{ cases(first: 5) { totalCount } }`;
    const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
    const input = await caseInput(t, { title: 'Timed out' });
    const before = await sql<{ n: string }>(t, 'SELECT count(*) AS n FROM case_study');
    // Another session holds the table: reads and writes of cases wait for it, past the timeout.
    const holder = new Client({ connectionString: t.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE case_study IN ACCESS EXCLUSIVE MODE');
      const read = await t.gql(CASES, {}, member.accessToken);
      expect(errorCode(read)).toBe('TIMEOUT');
      expect(read.errors?.[0]?.message).not.toMatch(/statement|cancel.*due|case_study/i);
      const write = await t.gql(CREATE, { input }, member.accessToken);
      expect(errorCode(write)).toBe('TIMEOUT');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await sql(t, 'SELECT count(*) AS n FROM case_study')).toEqual(before);
    const after = await t.gql(CASES, {}, member.accessToken);
    expect(after.errors).toBeUndefined();
  });
});
