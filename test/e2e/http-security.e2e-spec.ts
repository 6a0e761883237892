// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/** Security headers on every kind of answer, and CORS only for the configured origins. */
describe('HTTP security headers and CORS (e2e over HTTP)', () => {
  const listed = 'https://partner.example.org';
  let t: TestApp;
  let origin: string;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'samrad-web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Samråd</title>');
    t = await startTestApp({
      worker: false,
      env: {
        WEB_DIST_DIR: dist,
        CORS_ORIGINS: `${listed}, http://localhost:5173`,
        CSP_FORM_ACTION_ORIGINS: 'https://idp.example.se',
      },
    });
    origin = t.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const csp = (response: Response) =>
    new Map(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );

  const graphqlPost = (headers: Record<string, string> = {}) =>
    fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('sends the security headers on /, /graphql and /unsubscribe, and no X-Powered-By', async () => {
    const answers = {
      '/': await fetch(`${origin}/`, { headers: { accept: 'text/html' } }),
      '/graphql': await graphqlPost(),
      '/unsubscribe': await fetch(`${origin}/unsubscribe?token=nonsense`),
    };
    for (const [path, response] of Object.entries(answers)) {
      const headers = Object.fromEntries(
        [
          'x-content-type-options',
          'x-frame-options',
          'referrer-policy',
          'cross-origin-opener-policy',
          'cross-origin-resource-policy',
          'strict-transport-security',
          'x-powered-by',
        ].map((name) => [name, response.headers.get(name)]),
      );
      expect({ path, headers }).toEqual({
        path,
        headers: {
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'no-referrer',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin',
          'strict-transport-security': expect.stringMatching(/^max-age=\d{8}/),
          'x-powered-by': null,
        },
      });
      const policy = csp(response);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      if (path === '/unsubscribe') {
        // Its own stricter policy (a page with a credential in its URL): nothing but its form.
        expect(policy.get('default-src')).toEqual(["'none'"]);
        expect(policy.get('script-src')).toBeUndefined();
        continue;
      }
      expect({ path, scriptSrc: policy.get('script-src') }).toEqual({
        path,
        scriptSrc: ["'self'"],
      });
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(["'self'", `ws://${new URL(origin).host}`]);
      expect(policy.get('form-action')).toEqual(["'self'", 'https://idp.example.se']);
    }
    expect(answers['/'].status).toBe(200);
    expect(answers['/graphql'].status).toBe(200);
    // Each GraphQL answer is one viewer's: never kept by a browser or a proxy, errors neither.
    expect(answers['/graphql'].headers.get('cache-control')).toBe('no-store');
    const refused = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nonsense' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(answers['/unsubscribe'].status).toBe(400);
  });

  it('answers a listed origin with CORS headers for it alone, credentials allowed', async () => {
    const response = await graphqlPost({ origin: listed });
    expect(response.headers.get('access-control-allow-origin')).toBe(listed);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const preflight = await fetch(`${origin}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: listed,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(listed);
  });

  it('refuses an unlisted origin: no CORS headers, on the request or its preflight', async () => {
    for (const stranger of ['https://evil.example', 'https://partner.example.org.evil.example']) {
      const response = await graphqlPost({ origin: stranger });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${origin}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: stranger, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('sends no CORS headers at all when no origin is configured (the default)', async () => {
    const plain = await startTestApp({ worker: false, database: t.database });
    try {
      const response = await fetch(plain.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: listed },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await plain.close({ keepDatabase: true });
    }
  });
});
