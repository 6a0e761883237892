import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const SCREENSHOTS = resolve(import.meta.dirname, '../../../docs/screenshots');

/**
 * Saves a screenshot for the README (docs/screenshots/<name>.png, committed). Only when
 * SCREENSHOTS=1 (`npm run screenshots`), so an ordinary test run leaves the tree clean.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}
