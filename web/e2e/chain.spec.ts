// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { ApiMember } from './support/cases-api';
import { api, apiToken, DEMO, expect, expectNoAxeViolations, test } from './support/fixtures';
import { pageAs, pick, queueLink } from './support/ui';

// A checksum-valid test personnummer: the screener must find it, and it cannot be acknowledged.
const PERSONNUMMER = '19121212-1212';
/** A word no demo case holds, so the search below finds exactly the new case. */
const WORD = 'Tornedalsprojektet';
/** A Swedish-speaking member of another organisation (Försvarsmakten; no other journey uses them). */
const FOLLOWER = 'expert@mil.example';
const STRONG_PASSWORD = 'Fjällbacka-Tranquil-Ledger-88';

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Aviseringar, / });

/** What the bell says for a count ("Aviseringar, 2 olästa"; "inga olästa" for 0). */
function bellName(count: number): string {
  return count === 0
    ? 'Aviseringar, inga olästa'
    : `Aviseringar, ${count} ${count === 1 ? 'oläst' : 'olästa'}`;
}

test('the whole chain: invited, joined, a case written with a personnummer that is found and removed, submitted, approved, heard of live by a follower, found by search', async ({
  page,
  browser,
  baseURL,
  request,
  server,
}) => {
  test.setTimeout(360_000);
  const title = `${WORD}: en gästforskare och exportkontroll`;

  // Arranged through the API: the follower follows the topic the case will be on.
  const follower = await ApiMember.signIn(request, FOLLOWER);
  const sanctions = await follower.topicId('sanctions');
  await follower.run('mutation($input: FollowInput!) { follow(input: $input) { id } }', {
    input: { targetType: 'TOPIC', targetId: sanctions, frequency: 'INSTANT' },
  });

  // An admin invites a new officer at Lund; the invitation arrives by e-mail.
  const email = `chain-${randomBytes(4).toString('hex')}@example.org`;
  const adminToken = await apiToken(server, DEMO.admin);
  const { organisations } = await api<{ organisations: { id: string; slug: string }[] }>(
    server,
    '{ organisations { id slug } }',
    {},
    adminToken,
  );
  await api(
    server,
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    {
      input: {
        email,
        organisationId: organisations.find((o) => o.slug === 'lunds-universitet')?.id,
      },
    },
    adminToken,
  );
  const mail = await server.mail.waitFor(email, 30_000);
  const link = /https?:\/\/\S+\/invitation\?token=[\w-]+/.exec(mail.text ?? '')?.[0];
  expect(link, 'the invitation link').toBeTruthy();

  // The officer joins from the link.
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1, name: 'Gå med i Samråd' })).toBeVisible();
  await page.getByLabel('Ditt namn').fill('Kedja Handläggare');
  await page.getByLabel('Lösenord', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Välkommen, Kedja Handläggare' }),
  ).toBeVisible();

  // Writes a case; the screener finds the personnummer as it is typed; the officer removes it.
  await page.goto('/cases/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt fall' })).toBeVisible();
  await page.getByLabel('Rubrik').fill(title);
  const summary = page.getByLabel('Sammanfattning');
  await summary.fill(
    `En gästforskare ville arbeta i vårt labb, kontakt ${PERSONNUMMER} enligt ansökan.`,
  );
  await page.getByLabel('Bakgrund').fill('Förslaget gällde ett gemensamt projekt inom styrsystem.');
  await page
    .getByLabel('Vad hände')
    .fill('Vi gjorde en riskbedömning och tackade nej till vistelsen.');
  const findings = page.getByRole('list', { name: 'Fynd i Sammanfattning' });
  const finding = findings.getByRole('listitem').filter({ hasText: 'Personnummer' });
  await expect(finding).toContainText(PERSONNUMMER);
  await finding.getByRole('button', { name: `Ta bort ”${PERSONNUMMER}” ur texten` }).click();
  await expect(summary).toHaveValue(
    'En gästforskare ville arbeta i vårt labb, kontakt enligt ansökan.',
  );
  await expect(findings).toHaveCount(0);
  await page.getByRole('radiogroup', { name: 'Utfall' }).getByText('Avböjdes').click();
  await page.getByLabel('År', { exact: true }).fill('2024');
  await pick(page, 'Riskområden', 'Sankt', 'Sanktioner');
  await pick(page, 'Typ av samarbete', 'Forskningsp', 'Forskningsprojekt');
  await pick(page, 'Länder', 'Island', 'Island');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Skicka in' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `”${title}” är inskickat.` }),
  ).toBeVisible();

  // The follower is on their home page, their bell showing what they have not read.
  const followerPage = await pageAs(browser, baseURL!, FOLLOWER);
  // The bell loads its count after the page: wait until it shows what the API knows.
  const { unreadNotificationCount: before } = await follower.run<{
    unreadNotificationCount: number;
  }>('{ unreadNotificationCount }');
  await expect(bell(followerPage)).toHaveAccessibleName(bellName(before));

  // A moderator approves the case from the queue.
  const moderatorPage = await pageAs(browser, baseURL!, DEMO.moderator);
  await moderatorPage.goto('/moderation');
  await (await queueLink(moderatorPage, title)).click();
  await expect(moderatorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await moderatorPage.getByRole('button', { name: 'Godkänn' }).click();
  const approve = moderatorPage.getByRole('dialog', { name: 'Godkänn' });
  await approve.getByLabel('Anledning').fill('Välskrivet och utan personuppgifter.');
  await approve.getByRole('button', { name: 'Godkänn' }).click();
  await expect(
    moderatorPage
      .getByRole('status')
      .filter({ hasText: `Beslutet är sparat: Godkänn – ${title}.` }),
  ).toBeVisible();

  // The follower hears of it without reloading: the bell counts one more, and says what.
  await expect(bell(followerPage)).toHaveAccessibleName(bellName(before + 1), {
    timeout: 30_000,
  });
  await expect(
    followerPage.getByRole('status').filter({ hasText: /^Ny avisering: / }),
  ).toContainText(title);

  // Search finds it (indexing follows the approval through the outbox, so allow it a moment).
  await expect(async () => {
    await followerPage.goto(`/search?q=${WORD}`);
    await expect(followerPage.getByRole('link', { name: title })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(followerPage.getByRole('status').filter({ hasText: /^\d+ träff/ })).toHaveText(
    '1 träff',
  );
  await expectNoAxeViolations(followerPage);

  // And the author sees it published among their cases.
  await page.goto('/cases/mine');
  await expect(
    page
      .getByRole('region', { name: 'Inskickade och publicerade' })
      .getByRole('article')
      .filter({ hasText: title }),
  ).toContainText('Publicerat');
});
