// SPDX-License-Identifier: EUPL-1.2
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';

test('the shell serves every client route, in Swedish by default, with a 404 page', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in');

  await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an officer signs in and sees the navigation of their role; admin pages are forbidden', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Fall' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'home');

  await page.goto('/admin');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Content-Security-Policy blocks a script injected into the page', async ({
  browser,
  server,
}) => {
  // A context of its own, outside the fixture that fails journeys on a violation.
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/sign-in');
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.effectiveDirective),
        ),
      ),
  );
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(script);
  });
  expect(await violation).toBe('script-src-elem');
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'ran');
  await context.close();
});

test('a journey with a CSP violation fails (the shared fixture checks every journey)', async ({
  page,
}) => {
  test.fail(true, 'the fixture reports the injected inline script as a violation');
  await page.goto('/sign-in');
  const reported = page.waitForEvent('console', (m) => /content security policy/i.test(m.text()));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'void 0';
    document.body.append(script);
  });
  // Received by the fixture's listener too, which then fails the test as it ends.
  await reported;
});
