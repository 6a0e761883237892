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
