// SPDX-License-Identifier: EUPL-1.2
import { DEMO, expect, signIn, test } from './support/fixtures';

// Access tokens live 5 s on this file's server, so renewal and expiry happen within a test.
test.use({ serverEnv: { ACCESS_TOKEN_TTL_SECONDS: '5' } });

test('the access token is renewed silently before it expires, and the API keeps answering', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  const refreshes: number[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/auth/refresh')) refreshes.push(response.status());
  });
  // Past two lifetimes of the first token: only renewed tokens can still be accepted.
  await page.waitForTimeout(11_000);
  expect(refreshes.length).toBeGreaterThanOrEqual(2);
  expect(refreshes.every((status) => status === 200)).toBe(true);

  const saved = page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') && Boolean(r.request().postData()?.includes('UpdateMyProfile')),
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const body = (await (await saved).json()) as { errors?: unknown; data?: unknown };
  expect(body.data).toMatchObject({ updateMyProfile: { locale: 'EN' } });
  expect(body.errors).toBeUndefined();
  // Put the demo account back to Swedish for other tests.
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('when the session is gone the member is sent to sign in, and comes back after', async ({
  page,
  context,
}) => {
  await signIn(page, DEMO.officer);
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Din profil' })).toBeVisible();
  // The refresh cookie disappears (expired, or signed out elsewhere): the next renewal fails.
  await context.clearCookies();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile$/, { timeout: 15_000 });
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Din inloggning har gått ut. Logga in igen för att fortsätta.',
  );
  await page.getByLabel('E-postadress').fill(DEMO.officer);
  await page.getByLabel('Lösenord').fill(DEMO.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din profil' })).toBeVisible();
});
