// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from '@playwright/test';
import browserTests from './playwright.config';

/**
 * `npm run bench:web`: the web benchmark (bench/web-vitals.bench.ts) in the same Debian Chromium
 * as the browser tests. The bench starts its own server and times its own runs; no trace, which
 * would cost the measured page CPU time.
 */
export default defineConfig({
  ...browserTests,
  testDir: 'bench',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  reporter: [['list']],
  use: { ...browserTests.use, actionTimeout: 60_000, navigationTimeout: 60_000, trace: 'off' },
  outputDir: '../.data/playwright-bench',
});
