// SPDX-License-Identifier: EUPL-1.2
import { FACTORY_PASSWORD, signedInMember } from 'test/factories/member.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const COOKIE_SESSION = { 'x-samrad-session': 'cookie', 'content-type': 'application/json' };
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

interface GraphqlResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
interface RefreshBody {
  accessToken?: string;
  preloaded?: GraphqlResult[];
  errors?: { extensions: { code: string } }[];
}

/**
 * A page load's first queries, answered with the session refresh that gives their token
 * (POST /auth/refresh with `preload`, src/modules/auth/session-preload.ts): as the member of
 * the cookie, through the same limits and guard as /graphql, queries only, at most two.
 */
describe('Queries preloaded with the session refresh (e2e over HTTP)', () => {
  let t: TestApp;
  let origin: string;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    origin = t.url.replace(/\/graphql$/, '');
  });

  afterAll(() => t.close());

  /** A member signed in through the browser's cookie flow: their refresh cookie. */
  async function cookieOf(options: { displayName?: string } = {}) {
    const { email } = await signedInMember(t, options);
    const response = await fetch(t.url, {
      method: 'POST',
      headers: COOKIE_SESSION,
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email, password: FACTORY_PASSWORD } },
      }),
    });
    const value = /samrad_refresh=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!value) throw new Error('no refresh cookie');
    return { email, cookie: `samrad_refresh=${value}` };
  }

  async function refresh(cookie: string, body: unknown) {
    const response = await fetch(`${origin}/auth/refresh`, {
      method: 'POST',
      headers: { ...COOKIE_SESSION, cookie },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as RefreshBody };
  }

  it('answers the queries as the member of the cookie, beside the new access token', async () => {
    const { email, cookie } = await cookieOf();
    const { status, body } = await refresh(cookie, {
      preload: [
        { query: 'query Me { me { email } }', operationName: 'Me' },
        {
          query: 'query($first: Int) { cases(first: $first) { totalCount } }',
          variables: { first: 5 },
        },
      ],
    });
    expect(status).toBe(200);
    expect(body.accessToken).toMatch(/\S{20,}/);
    expect(body.preloaded).toHaveLength(2);
    expect(body.preloaded![0]).toEqual({ data: { me: { email } } });
    // The same answer /graphql gives that token.
    const direct = await t.gql(
      'query($first: Int) { cases(first: $first) { totalCount } }',
      { first: 5 },
      body.accessToken,
    );
    expect(body.preloaded![1]).toEqual({ data: direct.data });
  });

  it('applies the access guard as /graphql does: a member asking an admin field is FORBIDDEN', async () => {
    const { cookie } = await cookieOf();
    const { body } = await refresh(cookie, {
      preload: [{ query: '{ members(first: 1) { totalCount } }' }],
    });
    expect(body.preloaded![0]!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.preloaded![0]!.data ?? null).toBeNull();
  });

  it('refuses a mutation without running it, and answers the other query', async () => {
    const { cookie } = await cookieOf({ displayName: 'Before Preload' });
    const { body } = await refresh(cookie, {
      preload: [
        {
          query:
            'mutation { updateMyProfile(input: { displayName: "Changed By Preload" }) { displayName } }',
        },
        { query: '{ me { displayName } }' },
      ],
    });
    expect(body.preloaded![0]).toEqual({
      errors: [
        { message: 'Only queries can be preloaded', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    expect(body.preloaded![1]).toEqual({ data: { me: { displayName: 'Before Preload' } } });
    const after = await t.gql('{ me { displayName } }', {}, body.accessToken);
    expect(after.data?.me.displayName).toBe('Before Preload');
  });

  it('keeps the query limits: too many aliases fail as on /graphql (QUERY_TOO_COMPLEX)', async () => {
    const { cookie } = await cookieOf();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { email }`).join(' ');
    const { body } = await refresh(cookie, { preload: [{ query: `{ ${aliases} }` }] });
    const direct = await t.gql(`{ ${aliases} }`, {}, body.accessToken);
    expect(direct.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.preloaded![0]!.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.preloaded![0]!.errors?.[0]?.message).toBe(direct.errors?.[0]?.message);
    expect(body.preloaded![0]!.data ?? null).toBeNull();
  });

  it('answers BAD_USER_INPUT for a malformed or too long list, before using the cookie', async () => {
    const { cookie } = await cookieOf();
    for (const preload of [
      'me',
      [{ query: '{ me { email } }' }, { query: '{ me { email } }' }, { query: '{ me { email } }' }],
      [{ query: '' }],
      [{ query: '{ me { email } }', variables: [1] }],
    ]) {
      const { status, body } = await refresh(cookie, { preload });
      expect({ preload, status }).toEqual({ preload, status: 400 });
      expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    // None of the refused requests used up the cookie.
    const { status, body } = await refresh(cookie, {});
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
  });

  it('answers 401 without a session and runs nothing', async () => {
    const { status, body } = await refresh('samrad_refresh=forged', {
      preload: [{ query: '{ me { email } }' }],
    });
    expect(status).toBe(401);
    expect(body.preloaded).toBeUndefined();
  });
});
