// SPDX-License-Identifier: EUPL-1.2
import { DEMO, expect, expectNoAxeViolations, signIn, test } from './support/fixtures';

// A small request budget per member (the other journeys run with one no journey reaches), and a
// search count cap a common word of the demo content passes (1 000 by default).
test.use({
  serverEnv: {
    API_RATE_LIMIT_MEMBER_POINTS: '25',
    API_RATE_LIMIT_WINDOW_SECONDS: '600',
    SEARCH_COUNT_CAP: '3',
  },
});

test.describe.configure({ timeout: 180_000 });

test('a member who sends too many requests is told to wait, and for how long', async ({ page }) => {
  await signIn(page, DEMO.officer);
  const box = page.getByRole('searchbox', { name: 'Sök i Samråd' });
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Du har gjort väldigt många förfrågningar på kort tid' });
  // Each new query is a new request; the budget runs out within a few dozen.
  for (let i = 0; i < 40 && !(await refusal.isVisible()); i += 1) {
    await box.fill(`export${i}`);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`q=export${i}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Laddar…')).toHaveCount(0);
  }
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(/Du kan försöka igen om \d+ sekunder?\./);
  await expectNoAxeViolations(page);
});

test('a search past the count cap says "more than N" and what the order and filters cover', async ({
  page,
}) => {
  // Another member than the first test's, whose budget it spent; one whose language is Swedish.
  await signIn(page, DEMO.expert);
  const box = page.getByRole('searchbox', { name: 'Sök i Samråd' });
  await box.fill('universitet');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /träff/ })).toHaveText(
    'Fler än 3 träffar',
  );
  await expect(
    page.getByText('Träffarna sorteras och filtren räknas bland de 3 nyaste.', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('.search-results > li article')).toHaveCount(3);
  await expectNoAxeViolations(page);

  // A rare word stays exact: its count as it is.
  await box.fill('zzyzxqv');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /träff/ })).toHaveText('0 träffar');
  await expect(page.getByText('bland de 3 nyaste', { exact: false })).toHaveCount(0);
});
