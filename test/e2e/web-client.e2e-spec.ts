// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/** The API serves the built web client on its own origin, without shadowing its own routes. */
describe('Web client on the API origin (e2e over HTTP)', () => {
  let t: TestApp;
  let origin: string;
  let dist: string;

  beforeAll(async () => {
    // A stand-in for web/dist: what matters here is how the server serves files, not their content.
    dist = mkdtempSync(join(tmpdir(), 'samrad-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Samråd</title><div id="root"></div>',
    );
    writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js'), 'console.log("app")');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ worker: false, env: { WEB_DIST_DIR: dist } });
    origin = t.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    fetch(`${origin}${path}`, { headers: { accept } });

  it('serves index.html at / and for every client route, never cached without revalidation', async () => {
    for (const path of [
      '/',
      '/invitation?token=abc',
      '/cases/42',
      '/questions/7',
      '/settings/notifications',
      '/no/such/page',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year as immutable, and a missing asset is a 404, not HTML', async () => {
    const asset = await get('/assets/index-Ab12Cd34.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/index-Old00000.js', '*/*')).status).toBe(404);
    const favicon = await get('/favicon.svg', '*/*');
    expect(favicon.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('keeps /graphql, /health, /ready, /unsubscribe and /auth answered by the API', async () => {
    expect(await (await get('/health', 'application/json')).json()).toEqual({ status: 'ok' });
    expect((await get('/ready')).headers.get('content-type')).toMatch(/^application\/json/);
    const unsubscribe = await get('/unsubscribe?token=nonsense');
    expect(unsubscribe.status).toBe(400);
    expect(await unsubscribe.text()).not.toContain('<div id="root">');
    const graphql = await t.gql('{ __typename }');
    expect(graphql.data).toEqual({ __typename: 'Query' });
    const auth = await fetch(`${origin}/auth/refresh`, { method: 'POST' });
    expect(auth.status).toBe(403);
  });

  it('answers JSON requests for unknown paths with 404 rather than the client', async () => {
    expect((await get('/nothing-here', 'application/json')).status).toBe(404);
  });
});
