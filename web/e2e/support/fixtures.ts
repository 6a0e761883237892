// SPDX-License-Identifier: EUPL-1.2
import { randomInt } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';

export { expect };
export { expectNoAxeViolations } from './axe';
export { screenshot } from './screenshot';

/** The demo accounts `npm run dev` seeds (src/database/seed/demo-accounts.ts). */
export const DEMO = {
  password: 'Samråd-demo-2026!',
  admin: 'admin@samrad.example',
  moderator: 'moderator@samrad.example',
  officer: 'officer@kth.example',
  orgContact: 'contact@lu.example',
  expert: 'expert@isp.example',
  editor: 'editor@vr.example',
} as const;

interface WorkerFixtures {
  /** Extra environment for this file's server, e.g. `test.use({ serverEnv: { … } })`. */
  serverEnv: Record<string, string>;
  /** The host name the browser reaches this file's server by (`localhost` for WebAuthn). */
  serverHost: string;
  /** The built platform on a fresh database, one per spec file (worker). */
  server: RunningServer;
}

/**
 * `test` for browser journeys: `baseURL` points at a running platform, so `page.goto('/')`
 * works, and `server.mail` holds the e-mail it sent.
 */
export const test = base.extend<object, WorkerFixtures>({
  serverEnv: [{}, { scope: 'worker', option: true }],
  serverHost: ['127.0.0.1', { scope: 'worker', option: true }],
  server: [
    async ({ serverEnv, serverHost }, use) => {
      const server = await startServer(serverEnv, serverHost);
      await use(server);
      await server.stop();
    },
    // Longer than the server's own 240 s wait for readiness (server.ts), so that wait decides.
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  // The platform serves a strict Content-Security-Policy (src/bootstrap/http-security.ts): any
  // violation in a journey fails it, so a change that needs inline script, eval or another
  // origin is caught here rather than by a member's browser. Chromium reports each violation
  // on the console; the event listener adds the directive and the blocked URL.
  context: async ({ context }, use) => {
    const violations: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error' && /content security policy/i.test(message.text()))
        violations.push(message.text());
    });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`,
        ),
      ),
    );
    await use(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  // Sign-in is throttled per client address (30 attempts / 15 min) and every test comes from
  // 127.0.0.1. The API trusts X-Forwarded-For from loopback (a proxy in front of it), so each
  // test presents its own address and no test uses up another's allowance.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from it
  extraHTTPHeaders: async ({}, use) =>
    use({ 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` }),
});

/** GraphQL straight to the API, for arranging what a journey starts from (e.g. an invitation). */
export async function api<T = Record<string, any>>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.255.${randomInt(256)}.${randomInt(1, 255)}`,
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** An access token for a demo account, through the API (not the browser). */
export async function apiToken(server: RunningServer, email: string): Promise<string> {
  const data = await api<{ login: { accessToken: string } }>(
    server,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: DEMO.password } },
  );
  return data.login.accessToken;
}

/** Signs in through the sign-in page and waits for the signed-in home page. */
export async function signIn(page: Page, email: string, password: string = DEMO.password) {
  await page.goto('/sign-in');
  await page.getByLabel(/e-postadress|email address/i).fill(email);
  await page.getByLabel(/^(lösenord|password)$/i).fill(password);
  await page.getByRole('button', { name: /^(logga in|sign in)$/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: /välkommen|welcome/i })).toBeVisible();
}
