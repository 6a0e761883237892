// SPDX-License-Identifier: EUPL-1.2
import type { Page } from '@playwright/test';
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, signIn, test } from './support/fixtures';
import { queueLink } from './support/ui';

// Moderators need a second factor here (the default rule). WebAuthn refuses an IP address as
// the relying party id: the browser reaches this file's server as `localhost`.
test.use({
  serverEnv: { MFA_REQUIRED_ROLES: 'MODERATOR,ADMIN,EXPERT' },
  serverHost: 'localhost',
});
test.describe.configure({ timeout: 240_000 });

/**
 * A platform authenticator in Chromium itself (DevTools protocol: WebAuthn.enable and
 * addVirtualAuthenticator): it creates real credentials with real keys and signs real
 * assertions, with user presence and verification answered yes, so the whole ceremony — the
 * browser's navigator.credentials and the server's @simplewebauthn checks — runs for real.
 */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

test('a moderator registers a passkey in the security settings and signs in with it', async ({
  page,
  server,
}) => {
  const authenticator = await virtualAuthenticator(page);

  // Register: a name for the key, then the browser's ceremony with the authenticator.
  await signIn(page, DEMO.moderator);
  await page.goto('/settings/security');
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhet' })).toBeVisible();
  await page.getByLabel('Namn på den nya nyckeln').fill('Jobbdatorn');
  await page.getByRole('button', { name: 'Lägg till nyckel' }).click();
  await expect(page.getByRole('button', { name: 'Ta bort nyckeln Jobbdatorn' })).toBeVisible();
  expect(await authenticator.credentials()).toHaveLength(1);
  await expect(page.getByText('Tvåstegsverifiering är på.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Sign out; the password alone now leads to the second step, which the passkey answers.
  await page.getByRole('button', { name: /kontomeny/ }).click();
  await page.getByRole('menuitem', { name: 'Logga ut' }).click();
  await page.goto('/sign-in');
  await page.getByLabel('E-postadress').fill(DEMO.moderator);
  await page.getByLabel(/^lösenord$/i).fill(DEMO.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bekräfta att det är du' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Använd nyckel (passkey)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible({
    timeout: 30_000,
  });
  const [passkey] = await server.query<{ last_used_at: Date | null }>(
    `SELECT p.last_used_at FROM mfa_passkey p JOIN member m ON m.id = p.member_id WHERE m.email = $1`,
    [DEMO.moderator],
  );
  expect(passkey?.last_used_at, 'the sign-in used the passkey').not.toBeNull();
});

// The API enforces the step-up (STEP_UP_REQUIRED; test/e2e/mfa.e2e-spec.ts); the reveal dialog
// asks for the second factor on top of itself and reveals once it is proved.
test('a moderator proves their passkey again before revealing an author (step-up)', async ({
  page,
  request,
  server,
}) => {
  await virtualAuthenticator(page);
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const title = `Fall för stegprovet ${Date.now().toString(36)}`;
  const draft = await officer.createCase({ title, sharingLevel: 'GREEN' });
  await officer.submitCase(draft.id);
  // A passkey the first journey registered lived in its page's authenticator, gone with it:
  // the moderator starts without one, as they would on a new computer with a lost key.
  await server.query(
    `DELETE FROM mfa_passkey WHERE member_id = (SELECT id FROM member WHERE email = $1)`,
    [DEMO.moderator],
  );
  await signIn(page, DEMO.moderator);
  await page.goto('/settings/security');
  await page.getByLabel('Namn på den nya nyckeln').fill('Jobbdatorn');
  await page.getByRole('button', { name: 'Lägg till nyckel' }).click();
  await expect(page.getByRole('button', { name: 'Ta bort nyckeln Jobbdatorn' })).toBeVisible();

  // Six minutes later (as time would make it), revealing an author asks for the key again.
  await server.query(
    `UPDATE auth_session SET second_factor_at = now() - interval '6 minutes'
      WHERE member_id = (SELECT id FROM member WHERE email = $1)`,
    [DEMO.moderator],
  );
  await page.goto('/moderation');
  await (await queueLink(page, title)).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Visa vem som skrev' }).click();
  const reveal = page.getByRole('dialog', { name: 'Visa vem som skrev' });
  await reveal
    .getByLabel('Varför behöver du veta vem som skrev?')
    .fill('Misstänkt dubbelpublicering i två fall');
  await reveal.getByRole('button', { name: 'Visa författaren' }).click();
  const stepUp = page.getByRole('dialog', { name: 'Bekräfta att det är du' });
  await expect(stepUp).toBeVisible();
  await expect(
    stepUp.getByText(
      'Det här är en känslig åtgärd. Bekräfta med ditt andra steg för att fortsätta.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await stepUp.getByRole('button', { name: 'Använd nyckel (passkey)' }).click();
  await expect(
    reveal.getByText('Visningen är loggad och författaren har fått veta det.'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(reveal.getByText('Kim Handläggare')).toBeVisible();
});
