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
} as const;

interface WorkerFixtures {
  /** Extra environment for this file's server, e.g. `test.use({ serverEnv: { … } })`. */
  serverEnv: Record<string, string>;
  /** The built platform on a fresh database, one per spec file (worker). */
  server: RunningServer;
}

/**
 * `test` for browser journeys: `baseURL` points at a running platform, so `page.goto('/')`
 * works, and `server.mail` holds the e-mail it sent.
 */
export const test = base.extend<object, WorkerFixtures>({
  serverEnv: [{}, { scope: 'worker', option: true }],
  server: [
    async ({ serverEnv }, use) => {
      const server = await startServer(serverEnv);
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

/** Signs in through the sign-in page and waits for the signed-in home page. */
export async function signIn(page: Page, email: string, password: string = DEMO.password) {
  await page.goto('/sign-in');
  await page.getByLabel(/e-postadress|email address/i).fill(email);
  await page.getByLabel(/^(lösenord|password)$/i).fill(password);
  await page.getByRole('button', { name: /^(logga in|sign in)$/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: /välkommen|welcome/i })).toBeVisible();
}
