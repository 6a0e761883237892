// SPDX-License-Identifier: EUPL-1.2
import type { Page } from '@playwright/test';
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';
import { tabTo } from './support/ui';

const unique = () => Date.now().toString(36);
/** A Swedish-speaking member of another organisation than the author's (KTH). */
const FOLLOWER = 'officer@umu.example';
const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Aviseringar, / });

/**
 * The member's unread count as the API knows it, once the bell shows the same: the bell loads
 * its count after the page, so reading its label too early would read "none".
 */
async function settledUnread(page: Page, member: ApiMember) {
  const { unreadNotificationCount } = await member.run<{ unreadNotificationCount: number }>(
    '{ unreadNotificationCount }',
  );
  await expect(bell(page)).toHaveAccessibleName(bellName(unreadNotificationCount));
  return unreadNotificationCount;
}

function bellName(count: number): string {
  return count === 0
    ? 'Aviseringar, inga olästa'
    : `Aviseringar, ${count} ${count === 1 ? 'oläst' : 'olästa'}`;
}

/** A GREEN case on sanctions about Norway, written by the KTH officer, approved. */
async function publishedCase(officer: ApiMember, moderator: ApiMember, title: string) {
  const { id } = await officer.createCase({ title, countryCodes: ['NO'] });
  await officer.submitCase(id);
  await moderator.approveCase(id);
  return id;
}

// Long journeys (several pages, reloads, a live notification) on a shared, busy machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('a member follows a topic from a case, hears of a new case on it live, opens it, and manages what they follow', async ({
  page,
  request,
  server,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const moderator = await ApiMember.signIn(request, DEMO.moderator);
  const first = `Sanktionsprövning av ett forskarutbyte ${unique()}`;
  const firstId = await publishedCase(officer, moderator, first);

  await signIn(page, FOLLOWER);
  await expect(bell(page)).toBeVisible();
  await page.goto(`/cases/${firstId}`);
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
  const before = await settledUnread(page, await ApiMember.signIn(request, FOLLOWER));
  const topics = page.getByRole('region', { name: 'Följ ämnen och länder' });
  await topics.getByRole('button', { name: 'Följ Sanktioner' }).click();
  await expect(topics.getByRole('button', { name: 'Sluta följa Sanktioner' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Följ ${first}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // A colleague's case on the topic is approved: the bell counts it without a reload.
  const second = `Ny sanktionsfråga i ett konsortium ${unique()}`;
  const secondId = await publishedCase(officer, moderator, second);
  await expect(bell(page)).toHaveAccessibleName(bellName(before + 1), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Ny avisering: / })).toContainText(
    second,
  );

  await bell(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Du har/ })).toHaveText(
    before === 0 ? 'Du har 1 oläst avisering.' : `Du har ${before + 1} olästa aviseringar.`,
  );
  const item = page
    .getByRole('list', { name: 'Aviseringar' })
    .getByRole('listitem')
    .filter({ hasText: second });
  await expect(item).toContainText('Oläst');
  await expectNoAxeViolations(page);
  await screenshot(page, 'notifications');
  await item.getByRole('link', { name: `Öppna ”${second}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${secondId}$`));
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName(bellName(before));

  // What I follow: the topic, its frequency, unfollow.
  await page.getByRole('button', { name: /kontomeny/ }).click();
  await page.getByRole('menuitem', { name: 'Det jag följer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Det jag följer' })).toBeVisible();
  const follows = page.getByRole('list', { name: 'Du följer' });
  await expect(follows.getByRole('listitem')).toHaveCount(1);
  await expect(follows).toContainText('Sanktioner');
  await expectNoAxeViolations(page);
  await screenshot(page, 'follows');
  const frequency = page.getByLabel('Hur ofta för Sanktioner');
  await frequency.selectOption('WEEKLY');
  await expect(frequency).toHaveValue('WEEKLY');
  await page.reload();
  await expect(page.getByLabel('Hur ofta för Sanktioner')).toHaveValue('WEEKLY');
  await page.getByLabel('Hur ofta för Sanktioner').selectOption('INSTANT');
  await expect(page.getByLabel('Hur ofta för Sanktioner')).toHaveValue('INSTANT');

  // Follow the case itself too; it is listed by its title, linked.
  await page.goto(`/cases/${secondId}`);
  await page.getByRole('button', { name: `Följ ${second}` }).click();
  await expect(page.getByRole('button', { name: `Sluta följa ${second}` })).toBeVisible();
  await page.goto('/follows');
  await expect(follows.getByRole('link', { name: second })).toBeVisible();
  await follows.getByRole('button', { name: `Sluta följa ${second}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Du följer inte längre' })).toHaveText(
    `Du följer inte längre ${second}.`,
  );
  await expect(follows.getByRole('listitem')).toHaveCount(1);

  // The mail about the new case came too (the next test unsubscribes with it).
  const mail = await server.mail.waitFor(FOLLOWER, 30_000, 'Nytt inom det du följer');
  expect(mail.text ?? '').toMatch(/\/unsubscribe\?token=/);
});

test('unsubscribing from a captured e-mail link, in both languages, and the setting shows it; preferences are saved', async ({
  page,
  server,
}) => {
  const mail = await server.mail.waitFor(FOLLOWER, 30_000, 'Nytt inom det du följer');
  const link = /(https?:\/\/\S+\/unsubscribe\?token=[\w.-]+)/.exec(mail.text ?? '')?.[1];
  expect(link, 'unsubscribe link in the mail').toBeTruthy();

  await page.goto(link ?? '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avsluta e-post / Unsubscribe');
  await expect(
    page.getByText('Vill du sluta få e-post om ”Nytt inom det du följer”?'),
  ).toBeVisible();
  await expect(page.locator('p[lang="en"]')).toContainText('Stop e-mails about');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Avsluta e-post / Unsubscribe' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klart / Done');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Du får inte längre e-post om ”Nytt inom det du följer”.',
  );
  await expect(page.locator('p[lang="en"]')).toHaveText(
    'You will no longer get e-mail about “New in what you follow”.',
  );
  await expectNoAxeViolations(page);

  // The settings page says the same once signed in.
  await signIn(page, FOLLOWER);
  await page.goto('/settings/notifications');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inställningar för aviseringar' }),
  ).toBeVisible();
  const followed = page.getByRole('checkbox', { name: 'Nytt inom det du följer' });
  await expect(followed).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Nytt svar på din fråga' })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshot(page, 'notification-settings');

  // Turn it on again and another off; both survive a reload.
  await page.getByText('Nytt inom det du följer').click();
  await expect(page.getByRole('status').filter({ hasText: /^Sparat/ })).toHaveText(
    'Sparat: du får e-post om ”Nytt inom det du följer”.',
  );
  await page.getByText('Sammanfattningar (dagliga och veckovisa)').click();
  await expect(page.getByRole('status').filter({ hasText: /^Sparat/ })).toHaveText(
    'Sparat: du får inte e-post om ”Sammanfattningar (dagliga och veckovisa)”.',
  );
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Nytt inom det du följer' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Sammanfattningar (dagliga och veckovisa)' }),
  ).not.toBeChecked();

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Notification settings' }),
  ).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Digests (daily and weekly)' }),
  ).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inställningar för aviseringar' }),
  ).toBeVisible();

  // A bad link explains itself in both languages.
  await page.goto(`${new URL(link ?? '').origin}/unsubscribe?token=not-a-token`);
  await expect(
    page.getByText('Det här är ingen länk för att avsluta e-post.', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('p[lang="en"]').first()).toContainText(
    'This is not an unsubscribe link.',
  );
  await expectNoAxeViolations(page);
});

test('keyboard only: follow a case, then read the notification centre and mark everything read', async ({
  page,
  request,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const moderator = await ApiMember.signIn(request, DEMO.moderator);
  const title = `Ett uppföljt fall ${unique()}`;
  const id = await publishedCase(officer, moderator, title);
  await signIn(page, FOLLOWER);
  await page.goto(`/cases/${id}`);
  const follow = page.getByRole('button', { name: `Följ ${title}` });
  await tabTo(page, follow);
  await page.keyboard.press('Enter');
  const unfollow = page.getByRole('button', { name: `Sluta följa ${title}` });
  await expect(unfollow).toBeVisible();
  await expect(unfollow).toBeFocused();

  // Something new on the followed topic, so there is something unread.
  await publishedCase(officer, moderator, `Ännu ett sanktionsfall ${unique()}`);
  await expect(bell(page)).toHaveAccessibleName(/Aviseringar, \d+ oläst/, { timeout: 30_000 });
  await tabTo(page, bell(page));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeFocused();
  const markAll = page.getByRole('button', { name: 'Markera alla som lästa' });
  await tabTo(page, markAll);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Du har inga olästa aviseringar.')).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName('Aviseringar, inga olästa');
  await expectNoAxeViolations(page);
});
