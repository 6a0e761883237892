// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';

const SCREENSHOTS = resolve(import.meta.dirname, '../../../docs/screenshots');

/**
 * Saves a screenshot for the README (docs/screenshots/<name>.png, committed). Only when
 * SCREENSHOTS=1 (`npm run screenshots`), so an ordinary test run leaves the tree clean. What the
 * config's 1280×800 viewport shows, so every picture has the same size and stays small (a whole
 * case library is 3 500 pixels tall); `show` scrolls a part of the page into view first. Callers
 * wait for the content they show.
 */
export async function screenshot(
  page: Page,
  name: string,
  { show }: { show?: Locator } = {},
): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await show?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}
