// SPDX-License-Identifier: EUPL-1.2
import { randomBytes, randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
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
import { tabTo } from './support/ui';

const STRONG_PASSWORD = 'Fjällbacka-Tranquil-Ledger-88';
const NEWER_PASSWORD = 'Ödemark-Quartz-Lantern-4711';
const FIREFOX_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

interface NewMember {
  email: string;
  displayName: string;
}

/** The first link under the server's URL with this path in a captured mail. */
function linkIn(text: string | undefined, path: string, server: RunningServer): string {
  const link = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec(text ?? '')?.[0];
  expect(link, `${path} link in the mail`).toMatch(new RegExp(`^${server.url}/`));
  return link ?? '';
}

/**
 * A member of their own (so tests that change a password or e-mail leave the demo accounts
 * alone): an admin invites them through the API, and they accept with the e-mailed token.
 */
async function newMember(server: RunningServer, organisationSlug = 'kth'): Promise<NewMember> {
  const token = await apiToken(server, DEMO.admin);
  const { organisations } = await api<{ organisations: { id: string; slug: string }[] }>(
    server,
    '{ organisations { id slug } }',
    {},
    token,
  );
  const organisationId = organisations.find((o) => o.slug === organisationSlug)?.id;
  const email = `member-${randomBytes(4).toString('hex')}@example.org`;
  await api(
    server,
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    { input: { email, organisationId } },
    token,
  );
  const invitation = await server.mail.waitFor(email, 30_000);
  const link = linkIn(invitation.text, '/invitation', server);
  const displayName = `Nova ${['Berg', 'Dahl', 'Ek', 'Lind'][randomInt(4)]}`;
  const { acceptInvitation } = await api<{ acceptInvitation: { accessToken: string } }>(
    server,
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    {
      input: {
        token: new URL(link).searchParams.get('token'),
        displayName,
        password: STRONG_PASSWORD,
      },
    },
  );
  // Joining signed them in through the API; that session is not one of the devices under test.
  await api(server, 'mutation { logout }', {}, acceptInvitation.accessToken);
  return { email, displayName };
}

/** The same member on a second device (another browser, another address). */
async function secondDevice(browser: Browser, server: RunningServer, member: NewMember) {
  const context = await browser.newContext({
    baseURL: server.url,
    userAgent: FIREFOX_ON_WINDOWS,
    extraHTTPHeaders: { 'X-Forwarded-For': `10.9.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  const page = await context.newPage();
  await signIn(page, member.email, STRONG_PASSWORD);
  return { page, close: () => context.close() };
}

/** For what follows a password check or hash on the server, which a busy machine makes slow. */
const HASHED = { timeout: 30_000 };

// Each journey signs in more than once and the live password estimator works on every keystroke:
// on a busy machine that takes longer than the default minute.
test.describe.configure({ timeout: 180_000 });

async function openAccountSettings(page: Page, displayName: string) {
  await page.getByRole('button', { name: `${displayName}, kontomeny` }).click();
  await page.getByRole('menuitem', { name: 'Konto och inloggning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konto och inloggning' })).toBeVisible();
}

test('a forgotten password is reset from the e-mailed link, with the keyboard alone; the used link is refused', async ({
  page,
  server,
}) => {
  const member = await newMember(server);
  const unknown = `nobody-${randomBytes(3).toString('hex')}@example.org`;

  // An unknown address gets the very answer a member's does, and no mail.
  await page.goto('/reset-password');
  await expect(page.getByRole('heading', { level: 1, name: 'Återställ lösenordet' })).toBeVisible();
  await page.getByLabel('E-postadress').fill(unknown);
  await page.getByRole('button', { name: 'Skicka länken' }).click();
  const unknownAnswer = await page.getByRole('status').textContent();
  expect(unknownAnswer).toContain(`Om ${unknown} hör till ett konto i Samråd har vi skickat`);

  // Keyboard only from here: sign-in page → "Glömt lösenordet?" → request the link.
  await page.goto('/sign-in');
  await tabTo(page, page.getByRole('link', { name: 'Glömt lösenordet?' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Återställ lösenordet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByLabel('E-postadress'));
  await page.keyboard.type(member.email);
  await page.keyboard.press('Enter');
  const knownAnswer = await page.getByRole('status').textContent();
  expect(knownAnswer?.replace(member.email, '<address>')).toBe(
    unknownAnswer?.replace(unknown, '<address>'),
  );
  await expectNoAxeViolations(page);

  const mail = await server.mail.waitFor(member.email, 30_000, 'lösenord');
  const link = linkIn(mail.text, '/reset-password', server);
  expect(
    server.mail.messages.filter((m) => m.to && JSON.stringify(m.to).includes(unknown)),
  ).toEqual([]);

  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord' }),
  ).toBeVisible();
  await tabTo(page, page.getByLabel('Nytt lösenord'));
  await page.keyboard.type('kort');
  await expect(page.getByText('Lösenordet behöver minst 12 tecken.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page);
  await screenshot(page, 'reset-password');
  await tabTo(page, page.getByLabel('Nytt lösenord'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(NEWER_PASSWORD);
  await expect(page.getByText(/Lösenordets styrka: (starkt|mycket starkt)\./)).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible(HASHED);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/Ditt lösenord är bytt/);
  await expectNoAxeViolations(page);
  await page.getByLabel('E-postadress').fill(member.email);
  await page.getByLabel('Lösenord').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.locator('.error-summary')).toContainText('stämmer inte', HASHED);
  await signIn(page, member.email, NEWER_PASSWORD);

  // The link worked once; opened again it is refused, and a new one is offered.
  await page.goto(link);
  await page.getByLabel('Nytt lösenord').fill('Ytterligare-Granit-Kompass-93');
  await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
  await expect(page.locator('.error-summary')).toContainText(
    'Länken har gått ut eller redan använts. Be om en ny länk.',
  );
  await expect(page.getByRole('link', { name: 'Be om en ny länk' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A forged token reads as a broken link.
  await page.goto('/reset-password?token=forged-forged-forged-forged');
  await page.getByLabel('Nytt lösenord').fill('Ytterligare-Granit-Kompass-93');
  await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
  await expect(page.getByText('Länken är inte giltig.', { exact: false })).toBeVisible();
});

test('changing the password needs the current one and ends the session on the other device', async ({
  page,
  server,
  browser,
}) => {
  const member = await newMember(server);
  const other = await secondDevice(browser, server, member);
  await signIn(page, member.email, STRONG_PASSWORD);
  await openAccountSettings(page, member.displayName);

  const sessions = page.getByRole('region', { name: 'Dina inloggningar' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('(den här enheten)')).toBeVisible();
  await expect(sessions.getByText('Firefox på Windows')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'account-settings');

  const password = page.getByRole('region', { name: 'Byt lösenord' });
  await password.getByLabel('Nuvarande lösenord').fill('not-my-password');
  await password.getByLabel('Nytt lösenord').fill(NEWER_PASSWORD);
  await password.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(password.locator('.error-summary')).toContainText(
    'Det nuvarande lösenordet stämmer inte',
    HASHED,
  );
  await expect(password.getByLabel('Nuvarande lösenord')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await password.getByLabel('Nuvarande lösenord').fill(STRONG_PASSWORD);
  await password.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(password.getByRole('status')).toHaveText(
    'Ditt lösenord är bytt. Du är utloggad på alla andra enheter.',
    HASHED,
  );
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expect(sessions.getByText('Firefox på Windows')).toHaveCount(0);

  // This device stays signed in; the other one is sent to sign-in.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Konto och inloggning' })).toBeVisible();
  await other.page.goto('/settings/account');
  await expect(other.page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Faccount$/);
  await other.close();
});

test('a member signs out another device from the list of sessions', async ({
  page,
  server,
  browser,
}) => {
  const member = await newMember(server);
  const other = await secondDevice(browser, server, member);
  await signIn(page, member.email, STRONG_PASSWORD);
  await page.goto('/settings/account');
  const sessions = page.getByRole('region', { name: 'Dina inloggningar' });
  const end = sessions.getByRole('button', {
    name: /^Logga ut Firefox på Windows, senast använd /,
  });
  await end.click();
  await expect(sessions.getByRole('status')).toHaveText('Firefox på Windows är utloggad.');
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page);

  await other.page.goto('/profile');
  await expect(other.page).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
  await other.close();
});

test('a new e-mail address takes effect once its confirmation link is opened', async ({
  page,
  server,
}) => {
  const member = await newMember(server);
  const newEmail = `moved-${randomBytes(4).toString('hex')}@example.org`;
  await signIn(page, member.email, STRONG_PASSWORD);
  await openAccountSettings(page, member.displayName);

  const email = page.getByRole('region', { name: 'Byt e-postadress' });
  await expect(email.getByText(`Din e-postadress är ${member.email}.`)).toBeVisible();
  await email.getByRole('button', { name: 'Skicka bekräftelselänken' }).click();
  await expect(email.getByRole('link', { name: /Ange en e-postadress/ })).toBeVisible();
  await expect(email.getByRole('link', { name: 'Ange ditt nuvarande lösenord' })).toBeVisible();
  await expectNoAxeViolations(page);

  await email.getByLabel('Ny e-postadress').fill(newEmail);
  await email.getByLabel('Nuvarande lösenord').fill(STRONG_PASSWORD);
  await email.getByRole('button', { name: 'Skicka bekräftelselänken' }).click();
  await expect(email.getByRole('status')).toContainText(
    `Vi har skickat en bekräftelselänk till ${newEmail}.`,
    HASHED,
  );
  // Nothing changes until the link is opened.
  await expect(email.getByText(`Din e-postadress är ${member.email}.`)).toBeVisible();

  const mail = await server.mail.waitFor(newEmail, 30_000);
  const link = linkIn(mail.text, '/confirm-email', server);
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bekräfta din nya e-postadress' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The page loaded afresh: confirm once the session is back, as the member sees it in the menu.
  await expect(
    page.getByRole('button', { name: `${member.displayName}, kontomeny` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Bekräfta e-postadressen' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Din e-postadress är ändrad. Använd den nya adressen när du loggar in.',
  );
  await page.getByRole('link', { name: 'Konto och inloggning' }).click();
  await expect(page.getByText(`Din e-postadress är ${newEmail}.`)).toBeVisible();
  // The old address hears of the change.
  await server.mail.waitFor(member.email, 30_000, 'e-post');

  // A confirmation link works once.
  await page.goto(link);
  await page.getByRole('button', { name: 'Bekräfta e-postadressen' }).click();
  await expect(page.locator('.error-summary')).toContainText(
    'Länken har gått ut eller redan använts.',
  );
  await expectNoAxeViolations(page);

  // Signing in now takes the new address.
  await page.getByRole('button', { name: `${member.displayName}, kontomeny` }).click();
  await page.getByRole('menuitem', { name: 'Logga ut' }).click();
  await signIn(page, newEmail, STRONG_PASSWORD);
});

test('an organisation contact invites, resends and revokes invitations and suspends a member of their own', async ({
  page,
  server,
}) => {
  const colleague = await newMember(server, 'lunds-universitet');
  const invitee = `colleague-${randomBytes(4).toString('hex')}@lu.example`;
  // Lo Kontaktperson reads English (the demo account's locale).
  await signIn(page, DEMO.orgContact);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'My organisation' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^My organisation: / })).toBeVisible();
  const members = page.getByRole('region', { name: /^Members/ });
  await expect(members.getByText(colleague.displayName)).toBeVisible();
  await expect(members.getByText(colleague.email)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'organisation');

  // Invite with the keyboard alone.
  const inviteEmail = page.getByLabel('Your colleague’s email address');
  await tabTo(page, inviteEmail);
  await page.keyboard.type(invitee);
  await page.keyboard.press('Enter');
  const invite = page.getByRole('region', { name: 'Invite a colleague' });
  await expect(invite.getByRole('status')).toHaveText(
    `The invitation has been sent to ${invitee}.`,
  );
  const first = await server.mail.waitFor(invitee, 30_000);
  const firstLink = linkIn(first.text, '/invitation', server);

  const invitations = page.getByRole('region', { name: /^Invitations/ });
  const row = invitations.getByRole('listitem').filter({ hasText: invitee });
  await expect(row).toContainText('Waiting for an answer');
  await row.getByRole('button', { name: `Send again to ${invitee}` }).click();
  await expect(invitations.getByRole('status')).toHaveText(
    `A new invitation has been sent to ${invitee}. The old link no longer works.`,
  );
  await expect
    .poll(() => server.mail.messages.filter((m) => JSON.stringify(m.to).includes(invitee)).length)
    .toBe(2);

  await row.getByRole('button', { name: `Revoke the invitation to ${invitee}` }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke the invitation?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Revoke the invitation' }).click();
  await expect(invitations.getByRole('status')).toHaveText(
    `The invitation to ${invitee} has been revoked.`,
  );
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button')).toHaveCount(0);

  // Suspension asks why, and the member is marked suspended.
  const colleagueRow = members.getByRole('listitem').filter({ hasText: colleague.email });
  await colleagueRow.getByRole('button', { name: `Suspend ${colleague.displayName}` }).click();
  const suspend = page.getByRole('dialog', { name: `Suspend ${colleague.displayName}?` });
  await suspend.getByRole('button', { name: 'Suspend the account' }).click();
  await expect(suspend.getByText('Write a reason (at least 3 characters)')).toBeVisible();
  await expectNoAxeViolations(page);
  await suspend.getByLabel('Reason').fill('Left the university in June');
  await suspend.getByRole('button', { name: 'Suspend the account' }).click();
  await expect(members.getByRole('status')).toHaveText(
    `${colleague.displayName} has been suspended.`,
  );
  await expect(colleagueRow).toContainText('suspended');
  await expect(
    colleagueRow.getByRole('button', { name: `Reopen the account of ${colleague.displayName}` }),
  ).toBeVisible();
  // The contact cannot suspend themselves.
  await expect(
    members.getByRole('listitem').filter({ hasText: DEMO.orgContact }).getByRole('button'),
  ).toHaveCount(0);

  // The revoked link no longer lets anyone join; the suspended member cannot sign in.
  const visitor = await page.context().browser()!.newContext({ baseURL: server.url });
  const join = await visitor.newPage();
  await join.goto(firstLink);
  await join.getByLabel('Ditt namn').fill('Revoked Person');
  await join.getByLabel('Lösenord', { exact: true }).fill(STRONG_PASSWORD);
  await join.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(join.locator('.error-summary')).toContainText(/inte giltig|gått ut eller redan/);
  await join.goto('/sign-in');
  await join.getByLabel('E-postadress').fill(colleague.email);
  await join.getByLabel('Lösenord').fill(STRONG_PASSWORD);
  await join.getByRole('button', { name: 'Logga in' }).click();
  await expect(join.locator('.error-summary')).toBeVisible();
  await expect(join.getByRole('heading', { level: 1, name: /Välkommen/ })).toHaveCount(0);
  await visitor.close();
});

test('members of another organisation see neither the page nor the link to it', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await expect(
    page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Min organisation' }),
  ).toHaveCount(0);
  await page.goto('/organisation');
  await expect(page.getByRole('heading', { level: 1, name: /behörighet/i })).toBeVisible();
  await expect(page.getByText(DEMO.orgContact)).toHaveCount(0);
});
