// SPDX-License-Identifier: EUPL-1.2
import { DEMO, expect, expectNoAxeViolations, signIn, test } from './support/fixtures';

// A small request budget per member (the other journeys run with one no journey reaches).
test.use({
  serverEnv: { API_RATE_LIMIT_MEMBER_POINTS: '25', API_RATE_LIMIT_WINDOW_SECONDS: '600' },
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
