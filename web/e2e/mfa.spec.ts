// SPDX-License-Identifier: EUPL-1.2
import { generateSync } from 'otplib';
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';

// This journey runs with the default rule: moderators, admins and experts need a second factor.
test.use({ serverEnv: { MFA_REQUIRED_ROLES: 'MODERATOR,ADMIN,EXPERT' } });

/** A code of the app, `steps` periods from now (the server accepts one step either side). */
const codeAt = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

test('a moderator sets up an authenticator app, signs out, and signs in with a code (keyboard only)', async ({
  page,
}) => {
  await signIn(page, DEMO.moderator);

  // Security settings through the member menu: the role requires a second factor.
  await page.getByRole('button', { name: /kontomeny/ }).click();
  await page.getByRole('menuitem', { name: 'Säkerhet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhet' })).toBeVisible();
  await expect(
    page.getByText(/Din roll eller organisation kräver tvåstegsverifiering/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Enrol: QR code and the key to type by hand, then a first code from the "app".
  await page.getByRole('button', { name: 'Ställ in en autentiseringsapp' }).click();
  await expect(
    page.getByRole('img', { name: 'QR-kod att skanna med autentiseringsappen' }),
  ).toBeVisible();
  const secret = (await page.locator('code.secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('Kod från appen').fill('000000');
  await page.getByRole('button', { name: 'Slå på' }).click();
  await expect(
    page.getByText('Koden stämmer inte eller har redan använts.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const enrolmentCode = codeAt(secret);
  await page.getByLabel('Kod från appen').fill(enrolmentCode);
  await page.getByRole('button', { name: 'Slå på' }).click();

  // Ten recovery codes, shown once.
  await expect(page.getByRole('heading', { name: 'Spara dina reservkoder' })).toBeVisible();
  const codes = await page.locator('.recovery-codes code').allTextContents();
  expect(codes).toHaveLength(10);
  await expect(page.getByText('En autentiseringsapp är inställd.')).toBeVisible();
  await expect(page.getByText('Du har 10 oanvända reservkoder.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'security-settings');

  // Sign out, then sign in again with the keyboard alone: password, then the app's next code.
  await page.getByRole('button', { name: /kontomeny/ }).click();
  await page.getByRole('menuitem', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.getByLabel('E-postadress').focus();
  await page.keyboard.type(DEMO.moderator);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.password);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bekräfta att det är du' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in-second-step');

  // The code used at enrolment is refused (replay), the next one lets the moderator in.
  await page.getByLabel('Kod från appen').focus();
  await page.keyboard.type(enrolmentCode);
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Koden stämmer inte eller har redan använts.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Kod från appen').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(codeAt(secret, 1));
  await page.keyboard.press('Enter');
  // Signed in, back on the page the moderator signed out from, with the factor in place.
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhet' })).toBeVisible();
  await expect(page.getByText('Tvåstegsverifiering är på.')).toBeVisible();
  await expect(page.getByRole('button', { name: /kontomeny/ })).toBeVisible();
});
