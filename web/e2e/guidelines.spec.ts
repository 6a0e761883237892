// SPDX-License-Identifier: EUPL-1.2
import { DEMO, expect, expectNoAxeViolations, signIn, test } from './support/fixtures';

const TITLE = 'Ansvarsfull internationalisering – stöd för bedömning (demo)';

test.describe.configure({ timeout: 180_000 });

test('a member reads the guideline library, a version, what changed since they read it, and the diff', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await page.getByRole('navigation').getByRole('link', { name: 'Riktlinjer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riktlinjer' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Känn din partner' })).toBeVisible();
  await expectNoAxeViolations(page);

  // An older version says that a newer one exists; the member records reading it.
  await page.getByLabel('Version', { exact: true }).selectOption('1');
  await expect(
    page.getByRole('link', { name: /Det finns en nyare version \(version 2\)/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Jag har läst den här versionen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'du har läst version 1' }),
  ).toBeAttached();

  // The newest version marks, in words, the sections changed since version 1.
  await page.getByRole('link', { name: /Det finns en nyare version/ }).click();
  const changed = page.getByRole('heading', { level: 2, name: 'Ändrat sedan du läste version 1' });
  await expect(changed).toBeVisible();
  const partner = page.getByRole('region', { name: 'Känn din partner' });
  await expect(partner.getByText('Ändrat sedan du läste')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Syfte och avvägning' }).getByText('Ändrat sedan du läste'),
  ).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The diff: inserted words are <ins>, named as such for screen readers.
  await page.getByRole('link', { name: 'Jämför med föregående version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Skillnader mellan version 1 och 2' }),
  ).toBeVisible();
  const partnerDiff = page.getByRole('region', { name: 'Känn din partner' });
  await expect(partnerDiff.getByText('Ändrat', { exact: true })).toBeVisible();
  const inserted = partnerDiff.locator('ins', { hasText: 'styr' });
  await expect(inserted).toBeVisible();
  await expect(inserted).toContainText('tillagt:');
  await expect(partnerDiff.locator('del')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
