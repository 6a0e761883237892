// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { RunningServer } from './support/server';
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

const PASSWORD = 'Fjällbacka-Tranquil-Ledger-88';

/** A member of this spec's own (exports and deletions leave the demo accounts alone). */
async function newMember(server: RunningServer, displayName: string) {
  const token = await apiToken(server, DEMO.admin);
  const { organisations } = await api<{ organisations: { id: string; slug: string }[] }>(
    server,
    '{ organisations { id slug } }',
    {},
    token,
  );
  const organisationId = organisations.find((o) => o.slug === 'kth')?.id;
  const email = `member-${randomBytes(4).toString('hex')}@example.org`;
  await api(
    server,
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    { input: { email, organisationId } },
    token,
  );
  const invitation = await server.mail.waitFor(email, 30_000);
  const link = /https?:\/\/\S+\/invitation\?token=[\w-]+/.exec(invitation.text ?? '')?.[0] ?? '';
  const { acceptInvitation } = await api<{ acceptInvitation: { accessToken: string } }>(
    server,
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    { input: { token: new URL(link).searchParams.get('token'), displayName, password: PASSWORD } },
  );
  await api(server, 'mutation { logout }', {}, acceptInvitation.accessToken);
  return { email, displayName };
}

async function openPrivacyPage(page: Page) {
  await page.getByRole('button', { name: /kontomeny/ }).click();
  await page.getByRole('menuitem', { name: 'Mina uppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();
}

test('a member asks for an export of their data and downloads it once', async ({
  page,
  server,
}) => {
  const member = await newMember(server, 'Edit Exportsson');
  await signIn(page, member.email, PASSWORD);
  await openPrivacyPage(page);
  const section = page.getByRole('region', { name: 'Exportera mina uppgifter' });
  await expect(section.getByText('Du har inte begärt någon export.')).toBeVisible();
  await expectNoAxeViolations(page);

  await section.getByRole('button', { name: 'Begär en export' }).click();
  // The job builds it; the page looks again until it is ready.
  await expect(section.getByText(/^Exporten är klar\. Hämta den före/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(section.getByRole('button', { name: 'Begär en export' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshot(page, 'privacy-settings');
  // The mail says it is ready, without a link that downloads it.
  const mail = await server.mail.waitFor(member.email, 30_000, 'dataexport');
  expect(mail.text).toContain('/settings/privacy');
  expect(mail.text).not.toContain('/exports/');

  // So does the notification centre, with a link to this page and none that downloads.
  await page.goto('/notifications');
  const notification = page
    .getByRole('listitem')
    .filter({ hasText: 'Din export av dina uppgifter är klar att hämta' });
  await expect(notification).toContainText('Hämta den på sidan Mina uppgifter');
  await expect(notification.locator('a[href*="/exports/"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await notification
    .getByRole('link', { name: 'Gå till Mina uppgifter för att hämta exporten' })
    .click();
  await expect(page).toHaveURL(/\/settings\/privacy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Hämta exporten' }).click();
  expect((await download).suggestedFilename()).toMatch(/^samrad-export-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(
    section.getByText('Din senaste export är hämtad och raderad hos oss.'),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Hämta exporten' })).toHaveCount(0);
});

test('a member deletes their account, confirmed with the password, and is signed out', async ({
  page,
  server,
}) => {
  const member = await newMember(server, 'Rut Raderasson');
  await signIn(page, member.email, PASSWORD);
  await openPrivacyPage(page);
  await page.getByRole('button', { name: 'Radera mitt konto' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vill du radera ditt konto?' });
  await expect(dialog).toContainText('Tidigare medlem');
  await expect(dialog).toContainText('Det går inte att ångra.');
  await expectNoAxeViolations(page);

  // Cancel keeps the account; a wrong password is explained at the field.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Radera mitt konto' }).click();
  await dialog.getByLabel('Nuvarande lösenord').fill('Not-the-password-42');
  await dialog.getByRole('button', { name: 'Radera mitt konto för alltid' }).click();
  await expect(
    dialog.getByRole('link', { name: 'Det nuvarande lösenordet stämmer inte' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByLabel('Nuvarande lösenord').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Radera mitt konto för alltid' }).click();
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ditt konto är raderat' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // Gone for good: the password no longer signs in.
  await expect(
    api(server, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: member.email, password: PASSWORD },
    }),
  ).rejects.toThrow(/UNAUTHENTICATED/);
});

test('an admin deletes a member with a reason from the members page', async ({ page, server }) => {
  const member = await newMember(server, 'Aada Avslutad');
  await signIn(page, DEMO.admin);
  await page.goto('/admin/members');
  const row = page.getByRole('row').filter({ hasText: member.email });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Radera konto' }).click();
  const dialog = page.getByRole('dialog', { name: 'Radera kontot för Aada Avslutad' });
  await expect(dialog).toContainText('Tidigare medlem');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Anledning').fill('Begäran om radering enligt GDPR.');
  await dialog.getByRole('button', { name: 'Radera kontot för alltid' }).click();
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(
    'Kontot för Aada Avslutad är raderat.',
  );
  await expect(page.getByRole('row').filter({ hasText: member.email })).toHaveCount(0);
  await expect(apiToken(server, member.email)).rejects.toThrow();
});
