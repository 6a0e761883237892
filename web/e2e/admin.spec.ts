// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import {
  api,
  apiToken,
  DEMO,
  expect,
  expectNoAxeViolations,
  screenshot,
  signIn,
  test,
} from './support/fixtures';
import { signInWithKeyboard, tabTo } from './support/ui';

// Journeys with several people and an axe run per page and dialog: on a shared, busy machine
// they take longer than the default minute (the assertions are the same).
test.describe.configure({ timeout: 240_000 });

test('an admin invites a member (the e-mail goes out), changes a member’s roles, suspends and reactivates them', async ({
  page,
  server,
}) => {
  await signIn(page, DEMO.admin);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Medlemmar' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ medlemmar/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-members');

  const email = `inbjuden-${randomBytes(4).toString('hex')}@example.org`;
  await page.getByRole('button', { name: 'Bjud in en medlem' }).click();
  const invite = page.getByRole('dialog', { name: 'Bjud in en medlem' });
  await expectNoAxeViolations(page);
  await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(invite.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await expect(
    invite.getByRole('link', { name: 'Skriv en e-postadress i formatet namn@exempel.se.' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await invite.getByLabel('E-postadress').fill(email);
  await invite.getByLabel('Organisation').selectOption({ label: 'Uppsala universitet' });
  await invite.getByText('Expert', { exact: true }).click();
  await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `En inbjudan har skickats till ${email}.` }),
  ).toBeVisible();
  const mail = await server.mail.waitFor(email, 30_000);
  expect(mail.subject).toBe('Inbjudan till Samråd');
  expect(mail.text).toMatch(/\/invitation\?token=[\w-]+/);

  await page.getByLabel('Organisation').selectOption({ label: 'Uppsala universitet' });
  await expect(page).toHaveURL(/organisation=/);
  const row = page.getByRole('row').filter({ hasText: 'officer@uu.example' });
  await expect(row).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: DEMO.officer })).toHaveCount(0);

  await row.getByRole('button', { name: 'Ändra roller' }).click();
  const roles = page.getByRole('dialog', { name: 'Ändra roller för Ulla Utbyte' });
  await expectNoAxeViolations(page);
  await roles.getByText('Kontaktperson').click();
  await roles.getByLabel('Anledning').fill('Ny kontaktperson för Uppsala.');
  await roles.getByRole('button', { name: 'Spara roller' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Rollerna för Ulla Utbyte är ändrade.' }),
  ).toBeVisible();
  await expect(row).toContainText('Kontaktperson');

  await row.getByRole('button', { name: 'Stäng av' }).click();
  const suspend = page.getByRole('dialog', { name: 'Stäng av Ulla Utbyte' });
  await expectNoAxeViolations(page);
  await suspend.getByLabel('Anledning').fill('Kontot missbrukas enligt anmälan.');
  await suspend.getByRole('button', { name: 'Stäng av' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ulla Utbyte är avstängd.' }),
  ).toBeVisible();
  await expect(row).toContainText('Avstängd');
  // Suspended means suspended: the API refuses to sign them in.
  await expect(apiToken(server, 'officer@uu.example')).rejects.toThrow();

  await page.getByLabel('Status').selectOption({ label: 'Avstängd' });
  await expect(page.getByRole('row').filter({ hasText: 'officer@uu.example' })).toBeVisible();
  await row.getByRole('button', { name: 'Aktivera igen' }).click();
  const reinstate = page.getByRole('dialog', { name: 'Aktivera Ulla Utbyte igen' });
  await reinstate.getByLabel('Anledning').fill('Utrett, kontot var inte missbrukat.');
  await reinstate.getByRole('button', { name: 'Aktivera igen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ulla Utbyte är aktiv igen.' }),
  ).toBeVisible();
  expect(await apiToken(server, 'officer@uu.example')).toBeTruthy();

  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Granskningslogg' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  await page.getByLabel('Gäller').selectOption({ label: 'Medlem' });
  await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Medlem avstängd' });
  const entry = page.getByRole('row').filter({ hasText: 'Kontot missbrukas enligt anmälan.' });
  await expect(entry).toContainText('Alva Administratör');
  await expect(entry).toContainText('Medlem avstängd');
  await expect(page.getByRole('row').filter({ hasText: 'Roller ändrade' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-audit');
});

test('the audit log filters by who acted and by date, and pages on', async ({ page, server }) => {
  // Enough sign-ins by the moderator that they fill more than one page (25).
  for (let i = 0; i < 27; i++) await apiToken(server, DEMO.moderator);
  await signIn(page, DEMO.admin);
  await page.goto('/admin/audit');
  await page.getByRole('combobox', { name: 'Vem' }).fill('Morgan');
  await page.getByRole('option', { name: /Morgan Moderator/ }).click();
  await expect(page.getByText('Visar bara händelser av Morgan Moderator.')).toBeVisible();
  await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Inloggning' });
  await expect(page.getByRole('status').filter({ hasText: /\d+ händelser/ })).toBeVisible();
  // Entries name their actor; the row below them holds "Visa fler".
  const rows = page.getByRole('row').filter({ hasText: 'Morgan Moderator' });
  await expect(rows).toHaveCount(25);
  await expect(page.getByRole('row').filter({ hasText: 'Alva Administratör' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Visa fler' }).click();
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(27);

  const tomorrow = new Date(Date.now() + 48 * 60 * 60 * 1000);
  const iso = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Från och med').fill(iso);
  await expect(page.getByText('Inga händelser matchar filtret.')).toBeVisible();
  await page.getByRole('button', { name: 'Visa alla personer' }).click();
  await expect(page.getByRole('combobox', { name: 'Vem' })).toBeVisible();
});

test('an admin adds an organisation and renames it', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  await signIn(page, DEMO.admin);
  await page.goto('/admin/organisations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Lägg till en organisation' }).click();
  const create = page.getByRole('dialog', { name: 'Lägg till en organisation' });
  await expectNoAxeViolations(page);
  await create.getByLabel('Namn på svenska').fill(`Testhögskolan ${suffix}`);
  await create.getByLabel('Namn på engelska').fill(`Test University College ${suffix}`);
  await create.getByLabel('Kortnamn i adresser').fill(`Fel Slug`);
  await create.getByLabel('Typ').selectOption({ label: 'Lärosäte' });
  await create.getByRole('button', { name: 'Spara' }).click();
  await expect(
    create.getByRole('link', {
      name: 'Använd bara små bokstäver a–z, siffror och enstaka bindestreck.',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await create.getByLabel('Kortnamn i adresser').fill(`testhogskolan-${suffix}`);
  await create.getByLabel('E-postdomäner').fill(`th-${suffix}.example`);
  await create.getByRole('button', { name: 'Spara' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Testhögskolan ${suffix} är sparad.` }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `testhogskolan-${suffix}` });
  await expect(row).toContainText(`th-${suffix}.example`);

  await row.getByRole('button', { name: `Ändra Testhögskolan ${suffix}` }).click();
  const edit = page.getByRole('dialog', { name: `Ändra Testhögskolan ${suffix}` });
  await edit.getByLabel('Namn på svenska').fill(`Nya Testhögskolan ${suffix}`);
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(row).toContainText(`Nya Testhögskolan ${suffix}`);
});

test('an admin sets which identity providers vouch for an organisation, self-registration and MFA for all', async ({
  page,
}) => {
  const suffix = randomBytes(3).toString('hex');
  const issuer = `https://idp-${suffix}.example/idp/shibboleth`;
  await signIn(page, DEMO.admin);
  await page.goto('/admin/organisations');
  await page.getByRole('button', { name: 'Lägg till en organisation' }).click();
  const create = page.getByRole('dialog', { name: 'Lägg till en organisation' });
  await create.getByLabel('Namn på svenska').fill(`Federerade högskolan ${suffix}`);
  await create.getByLabel('Namn på engelska').fill(`Federated College ${suffix}`);
  await create.getByLabel('Kortnamn i adresser').fill(`federerade-${suffix}`);
  await create.getByLabel('Typ').selectOption({ label: 'Lärosäte' });
  const selfRegistration = create.getByRole('checkbox', {
    name: 'Den som loggar in genom en av utfärdarna blir medlem utan inbjudan',
  });
  const mfaForAll = create.getByRole('checkbox', {
    name: 'Alla medlemmar måste logga in med en andra faktor',
  });
  await expect(selfRegistration).not.toBeChecked();
  await expect(mfaForAll).not.toBeChecked();
  await create.getByLabel('Identitetsutfärdare som går i god för medlemmarna').fill(issuer);
  // Keyboard: the checkboxes are reached and ticked with Tab and Space.
  await selfRegistration.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(mfaForAll).toBeFocused();
  await page.keyboard.press('Space');
  await expectNoAxeViolations(page);
  await create.getByRole('button', { name: 'Spara' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Federerade högskolan ${suffix} är sparad.` }),
  ).toBeVisible();

  // Saved: the edit dialog shows them again, and turning self-registration off sticks.
  const row = page.getByRole('row').filter({ hasText: `federerade-${suffix}` });
  await row.getByRole('button', { name: `Ändra Federerade högskolan ${suffix}` }).click();
  const edit = page.getByRole('dialog', { name: `Ändra Federerade högskolan ${suffix}` });
  await expect(edit.getByLabel('Identitetsutfärdare som går i god för medlemmarna')).toHaveValue(
    issuer,
  );
  await expect(edit.getByRole('checkbox', { name: /blir medlem utan inbjudan/ })).toBeChecked();
  await expect(edit.getByRole('checkbox', { name: /andra faktor/ })).toBeChecked();
  await edit.getByRole('checkbox', { name: /blir medlem utan inbjudan/ }).focus();
  await page.keyboard.press('Space');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  await row.getByRole('button', { name: `Ändra Federerade högskolan ${suffix}` }).click();
  await expect(
    page
      .getByRole('dialog', { name: `Ändra Federerade högskolan ${suffix}` })
      .getByRole('checkbox', { name: /blir medlem utan inbjudan/ }),
  ).not.toBeChecked();
  await expect(
    page
      .getByRole('dialog', { name: `Ändra Federerade högskolan ${suffix}` })
      .getByRole('checkbox', { name: /andra faktor/ }),
  ).toBeChecked();
});

test('an admin filters the audit log with the keyboard alone', async ({ page }) => {
  await signInWithKeyboard(page, DEMO.admin);
  await tabTo(
    page,
    page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Administration' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Medlemmar' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Granskningslogg' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  await tabTo(page, page.getByLabel('Gäller'));
  // A native select: typing a name's first letters chooses it.
  await page.keyboard.type('Organisation');
  await expect(page).toHaveURL(/target=ORGANISATION/);
  await expect(page.getByRole('status').filter({ hasText: /händelse/ })).toBeVisible();
  const targets = page.locator('tbody tr td:nth-child(4)');
  for (const text of await targets.allTextContents()) expect(text).toMatch(/^Organisation/);
});

test('a moderator is not an admin: the admin pages are forbidden', async ({ page, server }) => {
  await signIn(page, DEMO.moderator);
  await page.goto('/admin/audit');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The API refuses too, whatever the page shows.
  const token = await apiToken(server, DEMO.moderator);
  await expect(api(server, '{ auditLog(first: 1) { totalCount } }', {}, token)).rejects.toThrow(
    /FORBIDDEN/,
  );
});
