// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import {
  DEMO,
  api,
  apiToken,
  expect,
  expectNoAxeViolations,
  screenshot,
  test as base,
} from './support/fixtures';
import { startOidcProvider, type OidcProvider } from './support/oidc-provider';
import { freePort } from './support/server';

/**
 * This file's server offers one OpenID provider (a real oidc-provider on loopback, started
 * before the server so its issuer is in IDENTITY_PROVIDERS).
 */
const test = base.extend<object, { oidc: OidcProvider }>({
  oidc: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from it
    async ({}, use) => {
      const provider = await startOidcProvider(await freePort());
      await use(provider);
      await provider.stop();
    },
    { scope: 'worker' },
  ],
  serverEnv: [
    async ({ oidc }, use) =>
      use({
        IDENTITY_PROVIDERS: JSON.stringify([
          {
            id: 'testlarosatet',
            kind: 'oidc',
            label: { sv: 'Testlärosätet', en: 'Test University' },
            issuer: oidc.issuer,
            clientId: oidc.clientId,
            clientSecret: oidc.clientSecret,
          },
        ]),
      }),
    { scope: 'worker' },
  ],
});

/** KTH lists the test issuer as vouching for its members; an admin invites a new address there. */
async function invitedToKth(server: Parameters<typeof apiToken>[0], issuer: string) {
  const token = await apiToken(server, DEMO.admin);
  const { organisations } = await api<{ organisations: { id: string; slug: string }[] }>(
    server,
    '{ organisations { id slug } }',
    {},
    token,
  );
  const kth = organisations.find((o) => o.slug === 'kth')!;
  await api(
    server,
    'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
    { input: { id: kth.id, identityProviders: [issuer] } },
    token,
  );
  const email = `federated-${randomBytes(4).toString('hex')}@kth.se`;
  await api(
    server,
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    { input: { email, organisationId: kth.id } },
    token,
  );
  return email;
}

test('an invited member signs in with their organisation’s identity provider (OIDC)', async ({
  page,
  server,
  oidc,
}) => {
  const email = await invitedToKth(server, oidc.issuer);

  await page.goto('/sign-in');
  const idpLink = page.getByRole('link', { name: 'Logga in med Testlärosätet' });
  await expect(idpLink).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in-idp');

  // Through the identity provider and back: the member is signed in, welcomed by name.
  await idpLink.click();
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByRole('button', { name: /^Federated federated-.+, kontomeny$/ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(new URL(page.url()).hash, 'the hand-off token leaves the address bar').toBe('');
  await expectNoAxeViolations(page);

  // The session is the cookie session: a reload restores it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible({
    timeout: 30_000,
  });
});

test('an unknown person is refused with a clear message, in Swedish and English', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Logga in med Testlärosätet' }).click();
  await page.getByLabel('E-mail').fill(`stranger-${randomBytes(4).toString('hex')}@kth.se`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByText('Du har inget konto i Samråd ännu.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('link', { name: 'English' })
    .or(page.getByRole('button', { name: 'English' }))
    .click();
  await expect(
    page.getByText('You do not have a Samråd account yet.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in with Test University' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a sign-in from a deep link lands back there after the identity provider', async ({
  page,
  server,
  oidc,
}) => {
  const email = await invitedToKth(server, oidc.issuer);

  // A signed-out member opens a link to a page of theirs: sign in first, then that page.
  await page.goto('/settings/privacy');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Fprivacy$/);
  await page.getByRole('link', { name: 'Logga in med Testlärosätet' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible({
    timeout: 30_000,
  });
  expect(new URL(page.url()).pathname).toBe('/settings/privacy');
});

test('a crafted sign-in link cannot send the member to another site', async ({
  page,
  server,
  oidc,
}) => {
  const email = await invitedToKth(server, oidc.issuer);

  await page.goto('/sign-in?next=%2F%2Fevil.example%2Fphish');
  await page.getByRole('link', { name: 'Logga in med Testlärosätet' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(new URL(page.url()).origin).toBe(new URL(server.url).origin);
});
