// SPDX-License-Identifier: EUPL-1.2
import { signedInMember, FACTORY_PASSWORD } from 'test/factories/member.factory';
import { sql } from 'test/helpers/sql';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken member { email } } }`;
const ME = `{ me { email } }`;
const COOKIE_SESSION = { 'x-samrad-session': 'cookie' };

/** The browser's session: refresh token in an HttpOnly cookie on /auth, access token in JSON. */
describe('Browser session cookie (e2e over HTTP)', () => {
  let t: TestApp;
  let origin: string;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    origin = t.url.replace(/\/graphql$/, '');
  });

  afterAll(() => t.close());

  async function newMemberEmail(): Promise<string> {
    return (await signedInMember(t)).email;
  }

  async function cookieLogin(email: string) {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...COOKIE_SESSION },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email, password: FACTORY_PASSWORD } },
      }),
    });
    const body = (await response.json()) as {
      data: { login: { accessToken: string; refreshToken: string } };
    };
    return { setCookie: response.headers.get('set-cookie') ?? '', login: body.data.login };
  }

  const cookieValue = (setCookie: string) => /samrad_refresh=([^;]*)/.exec(setCookie)?.[1] ?? '';

  function post(path: string, headers: Record<string, string>) {
    return fetch(`${origin}${path}`, { method: 'POST', headers });
  }

  it('puts the refresh token in an HttpOnly, Secure, SameSite=Strict cookie scoped to /auth', async () => {
    const { setCookie, login } = await cookieLogin(await newMemberEmail());
    expect(login.refreshToken).toBe('');
    expect(login.accessToken).not.toBe('');
    expect(cookieValue(setCookie).length).toBeGreaterThan(20);
    const attributes = setCookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(['path=/auth', 'httponly', 'secure', 'samesite=strict']),
    );
    expect(attributes.some((a) => a.startsWith('expires='))).toBe(true);
  });

  it('keeps the token API for other clients: no header, no cookie, token in the body', async () => {
    const email = await newMemberEmail();
    const response = await t.gql(LOGIN, { input: { email, password: FACTORY_PASSWORD } });
    expect(response.data?.login.refreshToken).toMatch(/\S{20,}/);
  });

  it('rotates the cookie on POST /auth/refresh and answers a working access token', async () => {
    const { setCookie } = await cookieLogin(await newMemberEmail());
    const first = cookieValue(setCookie);
    const response = await post('/auth/refresh', {
      ...COOKIE_SESSION,
      cookie: `samrad_refresh=${first}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    const rotated = cookieValue(response.headers.get('set-cookie') ?? '');
    expect(rotated).not.toBe(first);
    expect(rotated.length).toBeGreaterThan(20);
    expect((await t.gql(ME, {}, body.accessToken)).data?.me.email).toMatch(/@example\.org$/);

    // Reusing the rotated-away cookie after the reuse grace ends the whole session, and the
    // response clears the cookie.
    await sql(t, `UPDATE refresh_token SET used_at = used_at - interval '1 hour'`);
    const reused = await post('/auth/refresh', {
      ...COOKIE_SESSION,
      cookie: `samrad_refresh=${first}`,
    });
    expect(reused.status).toBe(401);
    expect(
      ((await reused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(reused.headers.get('set-cookie')).toMatch(/samrad_refresh=;.*Expires=Thu, 01 Jan 1970/);
    const latest = await post('/auth/refresh', {
      ...COOKIE_SESSION,
      cookie: `samrad_refresh=${rotated}`,
    });
    expect(latest.status).toBe(401);
  });

  it('refuses a refresh without the custom header (CSRF) and answers 401 without a cookie', async () => {
    const { setCookie } = await cookieLogin(await newMemberEmail());
    const forged = await post('/auth/refresh', {
      cookie: `samrad_refresh=${cookieValue(setCookie)}`,
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie')).toBeNull();
    // The refused request did not use up the token.
    const genuine = await post('/auth/refresh', {
      ...COOKIE_SESSION,
      cookie: `samrad_refresh=${cookieValue(setCookie)}`,
    });
    expect(genuine.status).toBe(200);

    expect((await post('/auth/refresh', COOKIE_SESSION)).status).toBe(401);
  });

  it('ends the session on POST /auth/logout: cookie cleared, token and access token dead', async () => {
    const { setCookie, login } = await cookieLogin(await newMemberEmail());
    const cookie = `samrad_refresh=${cookieValue(setCookie)}`;
    expect((await post('/auth/logout', { cookie })).status).toBe(403);

    const response = await post('/auth/logout', { ...COOKIE_SESSION, cookie });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/samrad_refresh=;.*Path=\/auth/);
    expect((await post('/auth/refresh', { ...COOKIE_SESSION, cookie })).status).toBe(401);
    const me = await t.gql(ME, {}, login.accessToken);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
