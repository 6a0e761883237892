// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the built platform (see e2e/support/server.ts), in Debian's Chromium:
 * never `playwright install`. One worker: the machine is shared and each file starts a server.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    browserName: 'chromium',
    locale: 'sv-SE',
    // One size for every run, so the README's screenshots (docs/screenshots/) stay comparable.
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  outputDir: '../.data/playwright',
});
