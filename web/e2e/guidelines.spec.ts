// SPDX-License-Identifier: EUPL-1.2
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';

const TITLE = 'Ansvarsfull internationalisering – stöd för bedömning (demo)';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

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
  await screenshot(page, 'guideline-diff', { show: partnerDiff });
});

test('an editor starts a draft, edits a section, and publishes it after confirming', async ({
  page,
}) => {
  await signIn(page, DEMO.editor);
  await page.goto('/guidelines/ansvarsfull-internationalisering-demo');
  await page.getByRole('link', { name: 'Redigera utkast' }).click();
  await page.getByRole('button', { name: 'Börja ett nytt utkast' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Utkast till version 3' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const people = page.getByRole('group', { name: 'Avsnitt 5' });
  await expect(people.getByLabel('Nyckel')).toHaveValue('people');
  await people
    .getByLabel('Text på svenska')
    .fill('Tänk på medarbetares säkerhet, också efter hemkomsten.');
  await page.getByLabel('Vad har ändrats (svenska)').fill('Säkerhet efter hemkomst.');
  // A key that is not a key is refused with a message at the field.
  await people.getByLabel('Nyckel').fill('Människor!');
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await people.getByLabel('Nyckel').fill('people');
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeAttached();

  await page.getByRole('button', { name: 'Publicera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publicera version 3?' });
  await expect(dialog.getByText('En publicerad version kan aldrig ändras.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Spara och publicera' }).click();
  await expect(page.getByText(/Version 3, publicerad/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Människor' })).toContainText(
    'också efter hemkomsten',
  );
});

test('a member who is not an editor cannot open the editor', async ({ page }) => {
  await signIn(page, DEMO.officer);
  await page.goto('/guidelines/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny riktlinje' })).toHaveCount(0);
  await expect(page.getByLabel('Adress')).toHaveCount(0);
});

test('a case citing an older version links to it and says that the section has changed since', async ({
  page,
  request,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const { guideline } = await officer.run<{
    guideline: { versions: { id: string; number: number }[] };
  }>('{ guideline(ref: "ansvarsfull-internationalisering-demo") { versions { id number } } }');
  const first = guideline.versions.find((v) => v.number === 1)!;
  const title = `Ett samarbete med citat ${Date.now().toString(36)}`;
  const { id } = await officer.createCase({
    title,
    citations: [{ versionId: first.id, sectionKey: 'know-your-partner' }],
  });

  await signIn(page, DEMO.officer);
  await page.goto(`/cases/${id}`);
  const cited = page.getByRole('region', { name: 'Riktlinjer som citeras' });
  await expect(cited.getByRole('link', { name: /^Känn din partner – .*version 1$/ })).toBeVisible();
  await expect(
    cited.getByRole('link', {
      name: /Det finns en nyare version \(version \d\) där avsnittet har ändrats/,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await cited.getByRole('link', { name: /^Känn din partner/ }).click();
  await expect(page).toHaveURL(/version=1#know-your-partner$/);
  await expect(page.getByRole('link', { name: /Det finns en nyare version/ })).toBeVisible();
});
