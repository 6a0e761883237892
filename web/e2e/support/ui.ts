// SPDX-License-Identifier: EUPL-1.2
import type { Browser, Locator, Page } from '@playwright/test';
import { DEMO, expect, signIn } from './fixtures';

/** Chooses an option in a picker as a person does: type part of its name, click the option. */
export async function pick(page: Page, label: string, text: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.keyboard.type(text);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('row', { name: option })).toBeVisible();
}

/** The moderation queue is oldest first, ten at a time: "Visa fler" until the item shows. */
export async function queueLink(page: Page, name: string | RegExp): Promise<Locator> {
  const link = page.getByRole('link', { name });
  // The queue reloads after a decision (a busy test machine can take a while to answer).
  await expect(page.getByRole('status').filter({ hasText: /i kön/ })).toBeVisible({
    timeout: 30_000,
  });
  for (let i = 0; i < 20 && !(await link.isVisible()); i++) {
    const more = page.getByRole('button', { name: 'Visa fler' });
    if (!(await more.isVisible())) break;
    await more.click();
    await page.waitForTimeout(200);
  }
  await expect(link).toBeVisible();
  return link;
}

/** Another person at the same time: their own browser context, signed in through the UI. */
export async function pageAs(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Presses Tab until the element has focus, as a keyboard user moves through a page. */
export async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${String(target)} with Tab`);
}

/**
 * Signs in from the sign-in page with the keyboard alone (Tab to the address, type, Tab, type
 * the demo password, Enter) and waits for the home page.
 */
export async function signInWithKeyboard(page: Page, email: string) {
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('E-postadress'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible();
}
