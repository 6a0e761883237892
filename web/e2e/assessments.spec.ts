// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  DEMO,
  expect as baseExpect,
  expectNoAxeViolations,
  screenshot,
  signIn,
  test,
} from './support/fixtures';
import { pageAs, signInWithKeyboard, tabTo } from './support/ui';

/**
 * Self-assessments (DOMAIN §15) in the browser. The owner and the colleague she shares with are
 * both at Vetenskapsrådet (the demo's one organisation with two ordinary members): Elin (Swedish
 * interface) and Vera (English). Someone at KTH and a moderator get the not-found page.
 */
const OWNER = DEMO.editor; // Elin Redaktör, Vetenskapsrådet
const COLLEAGUE = 'officer@vr.example'; // Vera Finansiär, Vetenskapsrådet, English
const TITLE = 'Samarbete med Partneruniversitetet om batterikemi';

// Demo guideline questions (src/database/seed/demo-guideline.data.ts).
const PURPOSE = 'Är syftet med samarbetet tydligt beskrivet?';
const BENEFIT = 'Har nyttan vägts mot riskerna?';
const SANCTIONS = 'Har sanktionslistor kontrollerats?';
const EXPORT_CONTROL = 'Omfattas tekniken eller kunskapen av exportkontroll?';
const SANCTIONS_EN = 'Have sanctions lists been checked?';

// A checksum-valid test personnummer: the screener must find it.
const PERSONNUMMER = '19121212-1212';
const PURPOSE_NOTE = 'Syftet står i avtalsutkastet, avsnitt 2.';
const BENEFIT_NOTE = `Kontaktpersonen ${PERSONNUMMER} bedömer nyttan som stor.`;
const SANCTIONS_NOTE = 'Inte ännu: görs av exportkontrollfunktionen i vår.';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

// The editor is a large page and the test machine is shared: loads may take longer than 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

let assessmentPath = '';

const question = (page: Page, text: string) => page.getByRole('group', { name: text });

async function openAssessment(page: Page) {
  await page.goto(assessmentPath);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

/**
 * Opens the assessment, ticks one question in "ask about this or share as case", toggles the
 * named parts (answer and note start ticked) and asks for the preview, which it returns.
 */
async function previewExcerpt(page: Page, questionText: string, toggledParts: string[]) {
  await openAssessment(page);
  const excerpt = page.getByRole('region', { name: 'Fråga om detta eller dela som fall' });
  await excerpt.getByRole('button', { name: 'Välj vad som ska följa med' }).click();
  // React Aria's checkboxes are chosen by their label, as a person clicks them.
  await excerpt.getByRole('group', { name: 'Frågor' }).getByText(questionText).click();
  const parts = excerpt.getByRole('group', { name: 'Delar' });
  for (const part of toggledParts) await parts.getByText(part, { exact: true }).click();
  await excerpt.getByRole('button', { name: 'Förhandsgranska' }).click();
  return { parts, preview: page.getByRole('region', { name: 'Det här följer med' }) };
}

test('an officer starts a self-assessment, answers, rates a risk, shares, decides and exports it', async ({
  page,
  context,
}) => {
  await signIn(page, OWNER);
  await page.getByRole('navigation').getByRole('link', { name: 'Egenbedömningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbedömningar' })).toBeVisible();
  await expect(
    page.getByText(/aldrig moderatorer, myndigheter eller administratörer/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Starta en egenbedömning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny egenbedömning' })).toBeVisible();
  // The national guideline's newest version is chosen already.
  await expect(page.getByLabel('Riktlinje och version').locator('option:checked')).toHaveText(
    /version 2/,
  );
  await page.getByRole('button', { name: 'Starta egenbedömningen' }).click();
  await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Rubrik').fill(TITLE);
  await page
    .getByLabel('Kort beskrivning av samarbetet')
    .fill('Gemensamt doktorandprojekt om battericeller med ett universitet i land X.');
  await page.getByRole('button', { name: 'Starta egenbedömningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  assessmentPath = new URL(page.url()).pathname;
  expect(assessmentPath).toMatch(/^\/assessments\/[^/]+$/);
  await expectNoAxeViolations(page);

  // Answers, a note, a rated risk with its mitigation.
  const purpose = question(page, PURPOSE);
  await purpose.getByText('Ja', { exact: true }).click();
  await purpose.getByLabel('Anteckning').fill(PURPOSE_NOTE);
  await purpose.getByLabel('Riskbedömning').selectOption({ label: 'Medel' });
  await purpose.getByRole('button', { name: 'Lägg till en åtgärd' }).click();
  const mitigation = purpose.getByRole('group', { name: 'Åtgärd 1' });
  await mitigation.getByLabel('Vad görs').fill('Syftet skrivs in i avtalet');
  await mitigation.getByLabel('Ansvarig').fill('Avtalsansvarig');
  await mitigation.getByLabel('Klart senast').fill('2027-03-31');
  const benefit = question(page, BENEFIT);
  await benefit.getByText('Osäker', { exact: true }).click();
  await benefit.getByLabel('Anteckning').fill(BENEFIT_NOTE);
  const sanctions = question(page, SANCTIONS);
  await sanctions.getByText('Nej', { exact: true }).click();
  await sanctions.getByLabel('Anteckning').fill(SANCTIONS_NOTE);
  await expect(page.getByText('Du har osparade ändringar.')).toBeVisible();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'assessment-editor', { show: question(page, PURPOSE) });

  // Saved: a reload shows it from the server.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(
    question(page, PURPOSE).getByRole('radio', { name: 'Ja', exact: true }),
  ).toBeChecked();
  await expect(question(page, PURPOSE).getByLabel('Anteckning')).toHaveValue(PURPOSE_NOTE);
  await expect(
    question(page, PURPOSE).getByRole('group', { name: 'Åtgärd 1' }).getByLabel('Ansvarig'),
  ).toHaveValue('Avtalsansvarig');
  await expect(page.getByText('Osparade ändringar från den här fliken')).toHaveCount(0);

  // Shared with a colleague of the same organisation (the directory, her organisation only).
  await page.getByRole('button', { name: 'Dela med kollegor' }).click();
  const shareDialog = page.getByRole('dialog', { name: 'Dela med kollegor' });
  await expect(shareDialog).toBeVisible();
  await shareDialog.getByRole('combobox', { name: 'Kollegor' }).click();
  await page.keyboard.type('Vera');
  await page.getByRole('option', { name: /Vera Finansiär/ }).click();
  await expect(shareDialog.getByRole('row', { name: /Vera Finansiär/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shareDialog.getByRole('button', { name: 'Spara delningen' }).click();
  await expect(shareDialog).toBeHidden();
  const access = page.getByRole('region', { name: 'Vem kan läsa' });
  await expect(access.getByRole('listitem').filter({ hasText: 'Vera Finansiär' })).toBeVisible();

  // Decided, with a reason and a review date.
  await page.getByRole('button', { name: 'Besluta' }).click();
  const decideDialog = page.getByRole('dialog', { name: 'Besluta om samarbetet' });
  await expect(decideDialog).toBeVisible();
  await expectNoAxeViolations(page);
  await decideDialog
    .getByLabel('Beslut', { exact: true })
    .selectOption({ label: 'Genomför med åtgärder' });
  await decideDialog
    .getByLabel('Skäl för beslutet')
    .fill('Nyttan är stor och riskerna hanteras med åtgärderna.');
  await decideDialog.getByLabel('Omprövas', { exact: true }).fill('2027-09-30');
  await decideDialog.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(decideDialog).toBeHidden();
  const status = page.getByRole('region', { name: 'Status och beslut' });
  await expect(status.getByText('Beslutad', { exact: true })).toBeVisible();
  await expect(status.getByText(/Genomför med åtgärder/)).toBeVisible();
  await expect(status.getByText('30 september 2027')).toBeVisible();

  // Export: Markdown as a download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner Markdown' }).click(),
  ]);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain(TITLE);
  // Markdown escapes punctuation in user text, so the words are compared.
  expect(markdown).toContain('Syftet står i avtalsutkastet');
  expect(markdown).toContain('Syftet skrivs in i avtalet');
  expect(markdown).toMatch(/^## Syfte och avvägning$/m);

  // Export: the print-ready document in a window of its own.
  const [printPage] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: /Skriv ut \/ spara som PDF/ }).click(),
  ]);
  await printPage.waitForLoadState();
  const printed = printPage.locator('.print-document');
  await expect(printed).toContainText(TITLE);
  await expect(printed).toContainText(PURPOSE_NOTE);
  await expect(printed.locator('table').first()).toBeVisible();
  await expectNoAxeViolations(printPage);
  await printPage.close();

  // The history has each step (never the content).
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByText(/Elin Redaktör startade bedömningen/)).toBeVisible();
  await expect(history.getByText(/Elin Redaktör delade/)).toBeVisible();
  await expect(history.getByText(/Elin Redaktör beslutade/)).toBeVisible();
  await expect(history).not.toContainText(PURPOSE_NOTE);

  // The list shows it, decided, with its highest risk.
  await page.getByRole('navigation').getByRole('link', { name: 'Egenbedömningar' }).click();
  const row = page.getByRole('listitem').filter({ hasText: TITLE });
  await expect(row).toContainText('Beslutad');
  await expect(row).toContainText('Medel');
  await expectNoAxeViolations(page);
});

test('the colleague it is shared with reads and edits it; another organisation and a moderator cannot find it', async ({
  browser,
  baseURL,
}) => {
  const colleague = await pageAs(browser, baseURL!, COLLEAGUE);
  await colleague.goto('/assessments');
  await expect(
    colleague.getByRole('heading', { level: 1, name: 'Self-assessments' }),
  ).toBeVisible();
  await expect(colleague.getByRole('listitem').filter({ hasText: TITLE })).toContainText(
    'Shared with you',
  );
  await colleague.getByRole('link', { name: TITLE }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(
    colleague
      .getByRole('group', { name: 'Is the purpose of the collaboration clearly described?' })
      .getByLabel('Note'),
  ).toHaveValue(PURPOSE_NOTE);
  // Sharing and deleting are the owner's.
  await expect(colleague.getByRole('button', { name: 'Share with colleagues' })).toHaveCount(0);
  await expect(colleague.getByRole('button', { name: 'Delete the self-assessment' })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(colleague);

  // A decided assessment is reopened before it changes.
  await colleague.getByRole('button', { name: 'Reopen for changes' }).click();
  await expect(
    colleague
      .getByRole('region', { name: 'Status and decision' })
      .getByText('Draft', { exact: true }),
  ).toBeVisible();
  const sanctions = colleague.getByRole('group', { name: SANCTIONS_EN });
  await sanctions.getByText('Yes', { exact: true }).click();
  await colleague.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(colleague.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await colleague.context().close();

  for (const outsider of [DEMO.officer, DEMO.moderator]) {
    const page = await pageAs(browser, baseURL!, outsider);
    await page.goto(assessmentPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await expect(page.getByText(TITLE)).toHaveCount(0);
    await page.goto('/assessments');
    await expect(page.getByRole('heading', { level: 1, name: 'Egenbedömningar' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '0 egenbedömningar' })).toBeVisible();
    await expect(page.getByText(TITLE)).toHaveCount(0);
    await page.context().close();
  }
});

test('"ask about this" carries exactly the chosen note into the ask form, where screening finds the personnummer', async ({
  page,
}) => {
  await signIn(page, OWNER);
  const { parts, preview } = await previewExcerpt(page, BENEFIT, ['Svar']);
  await expect(parts.getByRole('checkbox', { name: 'Svar' })).not.toBeChecked();
  await expect(parts.getByRole('checkbox', { name: 'Anteckning' })).toBeChecked();
  await expect(preview).toContainText(BENEFIT_NOTE);
  await expect(preview).not.toContainText(SANCTIONS_NOTE);
  await expect(preview).not.toContainText(PURPOSE_NOTE);
  await expect(preview).not.toContainText(TITLE);
  await expectNoAxeViolations(page);

  await preview.getByRole('button', { name: 'Ställ en fråga med detta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ställ en fråga' })).toBeVisible();
  const body = page.getByLabel('Beskriv frågan');
  await expect(body).toHaveValue(new RegExp(BENEFIT_NOTE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const carried = await body.inputValue();
  expect(carried).not.toContain(SANCTIONS_NOTE);
  expect(carried).not.toContain(PURPOSE_NOTE);
  expect(carried).not.toContain(TITLE);
  const findings = page.getByRole('list', { name: 'Fynd i Beskriv frågan' });
  const finding = findings.getByRole('listitem').filter({ hasText: 'Personnummer' });
  await expect(finding).toContainText(PERSONNUMMER);
  await expect(page.getByText(/Hänvisar till 1 avsnitt i riktlinjen/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a version conflict between two people shows the conflict and keeps the edit', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, OWNER);
  await openAssessment(page);
  const colleague = await pageAs(browser, baseURL!, COLLEAGUE);
  await colleague.goto(assessmentPath);
  await expect(colleague.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // The colleague saves first.
  await colleague
    .getByRole('group', { name: SANCTIONS_EN })
    .getByLabel('Note')
    .fill('Checked against the EU list on Monday.');
  await colleague.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(colleague.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // The owner, still on the older version, saves her own edit.
  const mine = 'Kontrollerat mot FN:s lista i tisdags.';
  await question(page, SANCTIONS).getByLabel('Anteckning').fill(mine);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Bedömningen ändrades medan du arbetade' }),
  ).toBeVisible();
  await expect(question(page, SANCTIONS).getByLabel('Anteckning')).toHaveValue(mine);
  await expect(page.getByText('Checked against the EU list on Monday.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Her edit also survives a reload (this tab's storage), and keeping it saves it.
  await page.reload();
  await expect(question(page, SANCTIONS).getByLabel('Anteckning')).toHaveValue(mine);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('button', { name: 'Spara min version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
  await colleague.reload();
  await expect(colleague.getByRole('group', { name: SANCTIONS_EN }).getByLabel('Note')).toHaveValue(
    mine,
  );
  await colleague.context().close();
});

test('the editor works with the keyboard alone: answer a question and save', async ({ page }) => {
  await signInWithKeyboard(page, OWNER);
  await tabTo(
    page,
    page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Egenbedömningar' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbedömningar' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: TITLE }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Tab reaches the unanswered group's first radio; Space chooses it, an arrow moves on.
  const exportControl = question(page, EXPORT_CONTROL);
  await tabTo(page, exportControl.getByRole('radio', { name: 'Ja', exact: true }), 250);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(exportControl.getByRole('radio', { name: 'Nej', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Spara', exact: true }), 250);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
  await page.reload();
  await expect(
    question(page, EXPORT_CONTROL).getByRole('radio', { name: 'Nej', exact: true }),
  ).toBeChecked();
});

test('"share as case" carries the chosen risk and mitigations into a new anonymous case draft', async ({
  page,
}) => {
  await signIn(page, OWNER);
  const { preview } = await previewExcerpt(page, PURPOSE, ['Riskbedömning', 'Åtgärder']);
  await expect(preview).toContainText(PURPOSE_NOTE);
  await expect(preview).toContainText('Syftet skrivs in i avtalet');
  await expect(preview).not.toContainText(BENEFIT_NOTE);
  await expect(preview).not.toContainText(TITLE);

  await preview.getByRole('button', { name: 'Börja ett fall med detta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt fall' })).toBeVisible();
  const background = page.getByLabel('Bakgrund', { exact: true });
  await expect(background).toHaveValue(/Syftet står i avtalsutkastet, avsnitt 2\./);
  await expect(background).toHaveValue(/Syftet skrivs in i avtalet/);
  const carried = await background.inputValue();
  expect(carried).not.toContain(BENEFIT_NOTE);
  expect(carried).not.toContain(TITLE);
  // Nothing in an excerpt names its owner: the case starts anonymous.
  await expect(page.getByRole('radio', { name: 'Anonymt' })).toBeChecked();
  await expectNoAxeViolations(page);
});

test('the review date refuses a past day, then moves; the owner deletes the assessment after confirming', async ({
  page,
}) => {
  await signIn(page, OWNER);
  await openAssessment(page);
  await page.getByRole('button', { name: 'Ändra datum för omprövning' }).click();
  const dateDialog = page.getByRole('dialog', { name: 'Datum för omprövning' });
  await expect(dateDialog).toBeVisible();
  await dateDialog.getByLabel('Omprövas', { exact: true }).fill('2020-01-31');
  await dateDialog.getByRole('button', { name: 'Spara datumet' }).click();
  await expect(dateDialog.getByText('Välj dagens datum eller ett senare.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await dateDialog.getByLabel('Omprövas', { exact: true }).fill('2028-02-29');
  await dateDialog.getByRole('button', { name: 'Spara datumet' }).click();
  await expect(dateDialog).toBeHidden();
  const status = page.getByRole('region', { name: 'Status och beslut' });
  await expect(status.getByText('29 februari 2028')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Status och beslut' }).getByText('29 februari 2028'),
  ).toBeVisible();

  // Deleting asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Ta bort egenbedömningen' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Ta bort egenbedömningen?' });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort egenbedömningen' }).click();
  await page
    .getByRole('alertdialog', { name: 'Ta bort egenbedömningen?' })
    .getByRole('button', { name: 'Ta bort', exact: true })
    .click();
  await expect(page.getByText(`”${TITLE}” är borttagen.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Egenbedömningar' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: TITLE })).toHaveCount(0);
  await page.goto(assessmentPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});
