// SPDX-License-Identifier: EUPL-1.2
import type { Locator, Page } from '@playwright/test';
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';
import { approveQuestion, askViaApi } from './support/questions-api';

// A checksum-valid test personnummer: the screener must find it, and it cannot be acknowledged.
const PERSONNUMMER = '19121212-1212';
const ISP = 'Inspektionen för strategiska produkter';
const unique = () => Date.now().toString(36);

/** Chooses an option in a picker as a person does: type part of its name, click the option. */
async function pick(page: Page, label: string, text: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.keyboard.type(text);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('row', { name: option })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /kontomeny/ }).click();
  await page.getByRole('menuitem', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
}

function questionIdFrom(page: Page): string {
  const id = /\/questions\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id, `question id in ${page.url()}`).toBeTruthy();
  return id ?? '';
}

function answerCalled(page: Page, name: string): Locator {
  return page.getByRole('article', { name });
}

test.describe.configure({ mode: 'serial' });

test('an officer asks ISP a question, removes a personnummer the screener found, and accepts the official answer the expert gave from the triage queue', async ({
  page,
  request,
}) => {
  // Three people in turn (officer, expert, officer again), each signing in, with axe on every
  // page: more than the default minute on a shared machine.
  test.setTimeout(240_000);
  const title = `Får vi dela styrsystemkod med en partner utanför EU ${unique()}?`;
  await signIn(page, DEMO.officer);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Frågor' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frågor' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ frågor?$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'questions');

  await page.getByRole('link', { name: 'Ställ en fråga' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ställ en fråga' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Innan du skriver' })).toBeVisible();
  await page.getByLabel('Din fråga i en mening').fill(title);
  const body = page.getByLabel('Beskriv frågan');
  await body.fill(
    `En doktorand vill ta med koden hem, kontakt ${PERSONNUMMER} enligt ansökan. Krävs tillstånd?`,
  );
  const findings = page.getByRole('list', { name: 'Fynd i Beskriv frågan' });
  const finding = findings.getByRole('listitem').filter({ hasText: 'Personnummer' });
  await expect(finding).toContainText(PERSONNUMMER);
  await expect(finding).toContainText('Måste tas bort');
  await pick(page, 'Ämnen', 'Sankt', 'Sanktioner');
  await pick(page, 'Ställ frågan till en myndighet', 'Inspektionen', ISP);
  await page
    .getByRole('radiogroup', { name: 'Vem får läsa frågan' })
    .getByText('Alla medlemmar (GREEN)')
    .click();
  await expect(page.getByText('Alla medlemmar i Samråd kan läsa frågan och svaren.')).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Hur du visas' })
    .getByText('Med min organisation, utan mitt namn')
    .click();
  await expectNoAxeViolations(page);
  await screenshot(page, 'ask-question');

  await finding.getByRole('button', { name: `Ta bort ”${PERSONNUMMER}” ur texten` }).click();
  await expect(body).toHaveValue(
    'En doktorand vill ta med koden hem, kontakt enligt ansökan. Krävs tillstånd?',
  );
  await expect(findings).toHaveCount(0);
  await page.getByRole('button', { name: 'Skicka frågan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Frågan väntar på granskning' }),
  ).toBeVisible();
  await expect(page.getByText('Väntar på granskning', { exact: true })).toBeVisible();
  await expect(page.getByText(ISP, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const id = questionIdFrom(page);

  // A GREEN question reaches its readers, and ISP's triage queue, once a moderator approves it.
  await approveQuestion(await ApiMember.signIn(request, DEMO.moderator), id);

  await signOut(page);
  await signIn(page, DEMO.expert);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Inkomna frågor' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inkomna frågor' })).toBeVisible();
  const item = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  await expect(item).toContainText('Ingen har tagit frågan ännu.');
  await expect(item).toContainText('Ska besvaras');
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: `Ta frågan – ${title}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Du har tagit ”${title}”.` }),
  ).toBeVisible();
  await expect(item).toContainText('Handläggs av dig.');
  await screenshot(page, 'triage');
  await item.getByRole('link', { name: `Svara officiellt – ${title}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Svara officiellt för ${ISP}` })).toBeChecked();
  // An official answer is never anonymous: that choice is not offered.
  const attribution = page.getByRole('radiogroup', { name: 'Hur du visas' });
  await expect(attribution.getByText('Anonymt', { exact: true })).toHaveCount(0);
  await page
    .getByRole('textbox', { name: 'Svar', exact: true })
    .fill(
      'Källkod för styrsystem kan omfattas av exportkontroll. Ansök om tillstånd innan ni delar.',
    );
  await attribution.getByText('Med min organisation, utan mitt namn').click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Publicera svaret' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ditt svar är publicerat.' }),
  ).toBeVisible();
  const official = answerCalled(page, `Officiellt svar från ${ISP}`);
  await expect(official).toContainText('inte ett bindande besked');

  await signOut(page);
  await signIn(page, DEMO.officer);
  await page.goto(`/questions/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(official).toBeVisible();
  await expect(official.getByRole('note')).toContainText('inte ett bindande besked');
  await expect(official).toContainText('0 personer tycker att svaret är hjälpsamt.');
  await official.getByRole('button', { name: 'Hjälpsamt svar' }).click();
  await expect(official).toContainText('1 person tycker att svaret är hjälpsamt.');
  await expect(official.getByRole('button', { name: 'Hjälpsamt svar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await official.getByRole('button', { name: 'Markera som lösningen' }).click();
  await expect(official).toContainText('Frågeställaren har markerat det här svaret som lösningen.');
  await expect(page.getByText('Besvarad', { exact: true })).toBeVisible();
  await expect(official.getByRole('button', { name: 'Markera som lösningen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'question-page');
});

test('a question that is not there, or not readable, shows the not-found page', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await page.goto('/questions/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('asking without the required answers lists each problem, tied to its field, and keeps the text', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await page.goto('/questions/new');
  await page.getByLabel('Din fråga i en mening').fill('En fråga utan beskrivning');
  await page.getByRole('button', { name: 'Skicka frågan' }).click();
  await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Beskriv frågan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Välj minst ett ämne' })).toBeVisible();
  await expect(page.getByLabel('Beskriv frågan')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Din fråga i en mening')).toHaveValue('En fråga utan beskrivning');
});

test('a member of another organisation sees no AMBER STRICT question of the asker’s organisation', async ({
  page,
  request,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const title = `Intern fråga om Mongoliet ${unique()}`;
  const secret = await askViaApi(officer, {
    title,
    sharingLevel: 'AMBER_STRICT',
    countryCodes: ['MN'],
    attribution: 'ANONYMOUS',
  });
  expect(secret.status).toBe('OPEN');

  await signIn(page, DEMO.officer);
  await page.goto('/questions?country=MN');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 fråga' })).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.orgContact);
  await page.goto('/questions?country=MN');
  await expect(
    page.getByRole('status').filter({ hasText: /^0 (frågor|questions)$/ }),
  ).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/questions/${secret.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: /Sidan finns inte|Page not found/ }),
  ).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});
