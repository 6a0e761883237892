// SPDX-License-Identifier: EUPL-1.2
import type { Locator, Page } from '@playwright/test';
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';
import { tabTo } from './support/ui';

// A word only this file's cases use, and a misspelling of it for "did you mean".
const WORD = 'zeolitkatalysator';
const TYPO = 'zeolitkatalystor';
const PUBLISHED = 12;
/** A Swedish-speaking member of another organisation than the author's (KTH). */
const OTHER = 'officer@uu.example';
const SECRET_TITLE = `Internt: ${WORD} hos en industripartner`;

// Long journeys (several pages, reloads, a live notification) on a shared, busy machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/**
 * Twelve published GREEN cases by the KTH officer that mention WORD (half about Norway, half
 * about Denmark, one anonymous), and one AMBER_STRICT case about Iceland that only KTH may
 * read. Arranged once through the API: the officer journey covers writing them.
 */
test.beforeAll(async ({ playwright, server }) => {
  // Thirteen cases written, submitted and approved: more than one test's minute on a busy machine.
  test.setTimeout(180_000);
  const request = await playwright.request.newContext({ baseURL: server.url });
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const moderator = await ApiMember.signIn(request, DEMO.moderator);
  for (let i = 1; i <= PUBLISHED; i++) {
    const { id } = await officer.createCase({
      title: `Samarbete om ${WORD} nummer ${i}`,
      summary: `Ett forskningssamarbete om en ${WORD} för industriella processer, fall ${i}.`,
      countryCodes: [i % 2 ? 'NO' : 'DK'],
      attribution: i === 1 ? 'ANONYMOUS' : 'NAMED',
    });
    await officer.submitCase(id);
    await moderator.approveCase(id);
  }
  const secret = await officer.createCase({
    title: SECRET_TITLE,
    summary: `En intern bedömning av en ${WORD} som bara vår organisation ska läsa.`,
    countryCodes: ['IS'],
    sharingLevel: 'AMBER_STRICT',
  });
  await officer.submitCase(secret.id);
  await request.dispose();
});

async function search(page: Page, words: string) {
  const box = page.getByRole('searchbox', { name: 'Sök i Samråd' });
  await box.fill(words);
  await box.press('Enter');
}

const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ träff/ });
const hits = (page: Page): Locator => page.locator('.search-results > li article');

test('a member searches, narrows by facets, follows a chosen country, sorts and pages through the results', async ({
  page,
}) => {
  await signIn(page, OTHER);
  await search(page, WORD);
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${WORD}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: `Sökresultat för ”${WORD}”` }),
  ).toBeVisible();
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);
  await expect(hits(page)).toHaveCount(10);
  // The title's match is a <mark> element, not HTML from the API.
  await expect(hits(page).first().locator('h3 mark').first()).toHaveText(new RegExp(WORD, 'i'));
  await expectNoAxeViolations(page);
  await screenshot(page, 'search');

  // Facets: counts over every readable hit; a checkbox narrows, the URL keeps it.
  const countries = page.getByRole('group', { name: 'Länder' });
  await expect(countries.getByRole('checkbox', { name: 'Norge (6)' })).toBeVisible();
  await countries.getByText('Norge (6)').click();
  await expect(page).toHaveURL(/country=NO/);
  await expect(count(page)).toHaveText('6 träffar');
  await expect(hits(page)).toHaveCount(6);
  await expect(countries.getByRole('checkbox', { name: /Danmark/ })).toHaveCount(0);

  // Following the chosen country from the results.
  await page.getByRole('button', { name: 'Följ Norge' }).click();
  await expect(page.getByRole('button', { name: 'Sluta följa Norge' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Du följer nu Norge.' })).toBeAttached();
  await expectNoAxeViolations(page);

  // Back: every hit again; forward: the filter again.
  await page.goBack();
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);
  await page.goForward();
  await expect(count(page)).toHaveText('6 träffar');
  await page.getByRole('button', { name: 'Rensa alla filter' }).click();
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);

  // Sort: newest first puts the last case published on top.
  await page.getByLabel('Sortera').selectOption('NEWEST');
  await expect(page).toHaveURL(/sort=NEWEST/);
  await expect(hits(page).first().getByRole('heading')).toHaveText(
    `Samarbete om ${WORD} nummer ${PUBLISHED}`,
  );

  // Paging: the next page below the first, focus on its first hit, and it survives a reload.
  await page.getByRole('button', { name: 'Visa fler träffar' }).click();
  await expect(hits(page)).toHaveCount(PUBLISHED);
  await expect(hits(page).nth(10).getByRole('link')).toBeFocused();
  await expect(page).toHaveURL(/pages=2/);
  await expect(page.getByRole('button', { name: 'Visa fler träffar' })).toHaveCount(0);
  await page.reload();
  await expect(hits(page)).toHaveCount(PUBLISHED);
  await page.goBack();
  await expect(hits(page)).toHaveCount(10);

  // The anonymous case shows the API's placeholder, never its author.
  await page.goto(`/search?q=${WORD}&country=NO`);
  const anonymous = hits(page).filter({
    has: page.getByRole('link', { name: `Samarbete om ${WORD} nummer 1`, exact: true }),
  });
  await expect(anonymous).toBeVisible();
  await expect(anonymous).not.toContainText('Kim Handläggare');
  await expect(anonymous).not.toContainText('KTH');

  // The result opens the case.
  await hits(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
});

test('a misspelt word gets results for the corrected word, and a link to search it', async ({
  page,
}) => {
  await signIn(page, OTHER);
  await search(page, TYPO);
  await expect(
    page.getByText(`Inga träffar för ”${TYPO}”. Träffarna nedan gäller en rättad stavning.`),
  ).toBeVisible();
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Sök på ”${WORD}”` }).click();
  await expect(page).toHaveURL(new RegExp(`q=${WORD}`));
  await expect(page.getByRole('searchbox', { name: 'Sök i Samråd' })).toHaveValue(WORD);
  await expect(page.getByText(/Träffarna nedan gäller en rättad stavning/)).toHaveCount(0);
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);

  // Nothing at all: the empty state.
  await search(page, 'qqqxyzzyqqq');
  await expect(count(page)).toHaveText('0 träffar');
  await expect(page.getByText('Inga träffar. Pröva andra ord eller färre ord.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a member of another organisation sees no AMBER_STRICT case, count or facet value of KTH; KTH does', async ({
  page,
}) => {
  // Uppsala's officer: the twelve GREEN cases only.
  await signIn(page, OTHER);
  await search(page, WORD);
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);
  await expect(page.getByRole('group', { name: 'Länder' })).not.toContainText('Island');
  await expect(page.getByRole('group', { name: 'Vem får läsa' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Vem får läsa' }).getByRole('checkbox')).toHaveCount(
    1,
  );
  await expect(page.locator('main')).not.toContainText('Internt');
  // Asking for the level or country by URL shows nothing either.
  await page.goto(`/search?q=${WORD}&level=AMBER_STRICT`);
  await expect(count(page)).toHaveText('0 träffar');
  await page.goto(`/search?q=${WORD}&country=IS`);
  await expect(count(page)).toHaveText('0 träffar');
  await expect(page.locator('main')).not.toContainText('Internt');
  // Nor does "did you mean" hint at it. The answer is awaited first: otherwise the check below
  // passes on a page still loading, whose session refresh, still in flight, then set its
  // rotated cookie again after the cookies were cleared (seen once in CI: the KTH sign-in
  // found the page signed in as Uppsala).
  await page.goto('/search?q=industripartner');
  await expect(count(page)).toHaveText('0 träffar');
  await expect(page.locator('main')).not.toContainText('Internt');

  // The author's colleague at KTH sees it.
  await page.context().clearCookies();
  await signIn(page, DEMO.officer);
  await search(page, WORD);
  await expect(count(page)).toHaveText(`${PUBLISHED + 1} träffar`);
  await expect(
    page.getByRole('group', { name: 'Länder' }).getByRole('checkbox', { name: 'Island (1)' }),
  ).toBeVisible();
  // Thirteen hits rank over more than one page: narrowed to Iceland, the case is the one hit.
  await page.goto(`/search?q=${WORD}&country=IS`);
  await expect(count(page)).toHaveText('1 träff');
  await expect(page.getByRole('link', { name: SECRET_TITLE })).toBeVisible();
});

test('keyboard only: search from the header, narrow by a facet and open a result', async ({
  page,
}) => {
  await signIn(page, OTHER);
  const box = page.getByRole('searchbox', { name: 'Sök i Samråd' });
  await tabTo(page, box);
  await page.keyboard.type(WORD);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(`${PUBLISHED} träffar`);
  const denmark = page.getByRole('checkbox', { name: 'Danmark (6)' });
  await tabTo(page, denmark);
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('6 träffar');
  const first = hits(page).first().getByRole('link');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(WORD, { ignoreCase: true });
});
