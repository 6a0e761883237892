// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import {
  DEMO,
  api,
  apiToken,
  expect,
  expectNoAxeViolations,
  screenshot,
  signIn,
  test,
} from './support/fixtures';

const STRONG_PASSWORD = 'Fjällbacka-Tranquil-Ledger-88';

/** An admin invites a new address to Lund University through the API; returns the address. */
async function invite(server: Parameters<typeof apiToken>[0]): Promise<string> {
  const token = await apiToken(server, DEMO.admin);
  const { organisations } = await api<{ organisations: { id: string; slug: string }[] }>(
    server,
    '{ organisations { id slug } }',
    {},
    token,
  );
  const lund = organisations.find((o) => o.slug === 'lunds-universitet');
  const email = `new-${randomBytes(4).toString('hex')}@example.org`;
  await api(
    server,
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    { input: { email, organisationId: lund?.id } },
    token,
  );
  return email;
}

test('an invited officer joins from the e-mail link, edits their profile and language, and signs out', async ({
  page,
  server,
}) => {
  const email = await invite(server);
  const mail = await server.mail.waitFor(email, 30_000);
  expect(mail.subject).toBe('Inbjudan till Samråd');
  const link = /https?:\/\/\S+\/invitation\?token=[\w-]+/.exec(mail.text ?? '')?.[0];
  expect(link, 'the invitation link under PUBLIC_URL').toMatch(new RegExp(`^${server.url}/`));

  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1, name: 'Gå med i Samråd' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Live strength feedback (the estimator loads on this page only), then the server's rule.
  await page.getByLabel('Ditt namn').fill('Nova Handläggare');
  const password = page.getByLabel('Lösenord', { exact: true });
  await password.fill('kort');
  await expect(page.getByText('Lösenordet behöver minst 12 tecken.')).toBeVisible();
  await password.fill('password1234');
  await expect(page.getByText(/Lösenordets styrka: (mycket svagt|svagt)\./)).toBeVisible();
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  const summary = page.getByRole('heading', { name: 'Det finns ett problem' });
  await expect(summary).toBeVisible();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page);
  await screenshot(page, 'join-error');
  await page.getByRole('link', { name: /Välj ett lösenord som är svårare att gissa/ }).click();
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');

  await password.fill(STRONG_PASSWORD);
  await expect(page.getByText(/Lösenordets styrka: (starkt|mycket starkt)\./)).toBeVisible();
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Välkommen, Nova Handläggare' }),
  ).toBeVisible();

  // Profile through the member menu (a React Aria menu: checked with axe while open).
  await page.getByRole('button', { name: 'Nova Handläggare, kontomeny' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('menuitem', { name: 'Din profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din profil' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'profile');

  await page.getByLabel('Ditt namn').fill('Nova Officer');
  // The radio input itself is visually hidden; people click its label.
  await page
    .getByRole('radiogroup', { name: 'Språk på webbplatsen och i e-post' })
    .getByText('English')
    .click();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Your profile has been saved.',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Nova Officer, account menu' })).toBeVisible();

  // A reload restores the session from the cookie, in the member's language.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Nova Officer, account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('You have signed out.');
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name === 'samrad_refresh')).toEqual([]);

  // Signed out for real: the profile asks for sign-in again, and the new password works.
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
});

test('sign-in says what is missing, gives one message for any wrong pair, and says when to retry', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('link', { name: 'Ange din e-postadress' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ange ditt lösenord' })).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  const failed = 'E-postadressen eller lösenordet stämmer inte. Kontrollera och försök igen.';
  const email = page.getByLabel('E-postadress');
  const password = page.getByLabel('Lösenord');
  const submit = page.getByRole('button', { name: 'Logga in' });
  // A real account with a wrong password and an unknown address read the same.
  await email.fill(DEMO.moderator);
  await password.fill('not-the-password');
  await submit.click();
  await expect(page.locator('.error-summary')).toContainText(failed);
  await screenshot(page, 'sign-in-failed');

  const unknown = `nobody-${randomBytes(3).toString('hex')}@example.org`;
  await email.fill(unknown);
  // Each attempt waits for the API's answer (the message on screen is the same every time).
  const attempt = async (guess: string) => {
    await password.fill(guess);
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql'));
    await submit.click();
    await answered;
  };
  for (let n = 1; n <= 5; n++) {
    await attempt(`wrong-${n}`);
    await expect(page.locator('.error-summary')).toContainText(failed);
  }
  await attempt('wrong-6');
  await expect(page.locator('.error-summary')).toContainText(
    /För många inloggningsförsök\. Vänta \d+ minuter och försök igen\./,
  );
  await expectNoAxeViolations(page);
});

test('signing in works with the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-postadress')).toBeFocused();
  await page.keyboard.type(DEMO.orgContact);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Lösenord')).toBeFocused();
  await page.keyboard.type(DEMO.password);
  await page.keyboard.press('Enter');
  // This demo account reads English (its locale), which the app switches to on sign-in.
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The member menu opens and works from the keyboard too.
  await page.getByRole('button', { name: /account menu$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Your profile' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
});

test('a visitor opening a member page is sent to sign-in and back', async ({ page }) => {
  await page.goto('/settings/notifications');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Fnotifications$/);
  await page.getByLabel('E-postadress').fill(DEMO.expert);
  await page.getByLabel('Lösenord').fill(DEMO.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
});

test('signIn helper reaches the home page for every demo role', async ({ page }) => {
  await signIn(page, DEMO.moderator);
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Moderering' }),
  ).toBeVisible();
});
