// SPDX-License-Identifier: EUPL-1.2
import { ApiMember } from './support/cases-api';
import { approveQuestion, askViaApi } from './support/questions-api';
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

const TITLE = 'Ansvarsfull internationalisering – stöd för bedömning (demo)';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const RETURN_QUESTION_SV = 'Har alla fått ett samtal efter hemkomsten?';

test('a member reads the guideline library, a version, what changed since they read it, and the diff', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await page.getByRole('navigation').getByRole('link', { name: 'Riktlinjer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riktlinjer' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Känn din partner' })).toBeVisible();
  await expectNoAxeViolations(page);

  // An older version says that a newer one exists; the member records reading it.
  await page.getByLabel('Version', { exact: true }).selectOption('1');
  await expect(
    page.getByRole('link', { name: /Det finns en nyare version \(version 2\)/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Jag har läst den här versionen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'du har läst version 1' }),
  ).toBeAttached();

  // The newest version marks, in words, the sections changed since version 1.
  await page.getByRole('link', { name: /Det finns en nyare version/ }).click();
  const changed = page.getByRole('heading', { level: 2, name: 'Ändrat sedan du läste version 1' });
  await expect(changed).toBeVisible();
  const partner = page.getByRole('region', { name: 'Känn din partner' });
  await expect(partner.getByText('Ändrat sedan du läste')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Syfte och avvägning' }).getByText('Ändrat sedan du läste'),
  ).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The diff: inserted words are <ins>, named as such for screen readers.
  await page.getByRole('link', { name: 'Jämför med föregående version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Skillnader mellan version 1 och 2' }),
  ).toBeVisible();
  const partnerDiff = page.getByRole('region', { name: 'Känn din partner' });
  await expect(partnerDiff.getByText('Ändrat', { exact: true })).toBeVisible();
  const inserted = partnerDiff.locator('ins', { hasText: 'styr' });
  await expect(inserted).toBeVisible();
  await expect(inserted).toContainText('tillagt:');
  await expect(partnerDiff.locator('del')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'guideline-diff', { show: partnerDiff });
});

test('an editor starts a draft, edits a section, and publishes it after confirming', async ({
  page,
}) => {
  await signIn(page, DEMO.editor);
  await page.goto('/guidelines/ansvarsfull-internationalisering-demo');
  await page.getByRole('link', { name: 'Redigera utkast' }).click();
  await page.getByRole('button', { name: 'Börja ett nytt utkast' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Utkast till version 3' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const people = page.getByRole('group', { name: 'Avsnitt 5' });
  await expect(people.getByLabel('Nyckel', { exact: true })).toHaveValue('people');
  await people
    .getByLabel('Text på svenska')
    .fill('Tänk på medarbetares säkerhet, också efter hemkomsten.');
  await page.getByLabel('Vad har ändrats (svenska)').fill('Säkerhet efter hemkomst.');
  // A key that is not a key is refused with a message at the field.
  await people.getByLabel('Nyckel', { exact: true }).fill('Människor!');
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await people.getByLabel('Nyckel', { exact: true }).fill('people');

  // A self-assessment question for the section: added, a second one added and removed again,
  // and a key that is not a key refused at its field like the section's.
  const questions = people.getByRole('group', { name: /^Fråga \d+ i avsnitt 5$/ });
  const before = await questions.count();
  await people.getByRole('button', { name: 'Lägg till en fråga i avsnitt 5' }).click();
  const added = people.getByRole('group', { name: `Fråga ${before + 1} i avsnitt 5` });
  await added.getByLabel('Frågans nyckel').fill('Efter hemkomst');
  await added.getByLabel('Frågan på svenska').fill(RETURN_QUESTION_SV);
  await added.getByLabel('Frågan på engelska').fill('Has each person been debriefed on return?');
  await people.getByRole('button', { name: 'Lägg till en fråga i avsnitt 5' }).click();
  await expect(questions).toHaveCount(before + 2);
  await people.getByRole('button', { name: `Ta bort fråga ${before + 2} i avsnitt 5` }).click();
  await expect(questions).toHaveCount(before + 1);
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await expect(added.getByLabel('Frågans nyckel')).toHaveAttribute('aria-invalid', 'true');
  // The API's reason, explained in Swedish at the field and in the summary (never its English).
  await expect(added.getByText('är inte skrivet på rätt sätt')).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: `Fråga ${before + 1} i avsnitt 5 – Frågans nyckel: är inte skrivet på rätt sätt`,
    }),
  ).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('lower-case letters');
  await expectNoAxeViolations(page);
  await added.getByLabel('Frågans nyckel').fill('debrief-on-return');
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeAttached();

  await page.getByRole('button', { name: 'Publicera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publicera version 3?' });
  await expect(dialog.getByText('En publicerad version kan aldrig ändras.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Spara och publicera' }).click();
  await expect(page.getByText(/Version 3, publicerad/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Människor' })).toContainText(
    'också efter hemkomsten',
  );
  await expect(
    page
      .getByRole('region', { name: 'Människor' })
      .getByRole('list', { name: 'Frågor för egenbedömning' })
      .getByRole('listitem')
      .filter({ hasText: RETURN_QUESTION_SV }),
  ).toHaveCount(1);
});

test('a member who is not an editor cannot open the editor', async ({ page }) => {
  await signIn(page, DEMO.officer);
  await page.goto('/guidelines/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny riktlinje' })).toHaveCount(0);
  await expect(page.getByLabel('Adress')).toHaveCount(0);
});

test('a case citing an older version links to it and says that the section has changed since', async ({
  page,
  request,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const { guideline } = await officer.run<{
    guideline: { versions: { id: string; number: number }[] };
  }>('{ guideline(ref: "ansvarsfull-internationalisering-demo") { versions { id number } } }');
  const first = guideline.versions.find((v) => v.number === 1)!;
  const title = `Ett samarbete med citat ${Date.now().toString(36)}`;
  const { id } = await officer.createCase({
    title,
    citations: [{ versionId: first.id, sectionKey: 'know-your-partner' }],
  });

  await signIn(page, DEMO.officer);
  await page.goto(`/cases/${id}`);
  const cited = page.getByRole('region', { name: 'Riktlinjer som citeras' });
  await expect(cited.getByRole('link', { name: /^Känn din partner – .*version 1$/ })).toBeVisible();
  await expect(
    cited.getByRole('link', {
      name: /Det finns en nyare version \(version \d\) där avsnittet har ändrats/,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await cited.getByRole('link', { name: /^Känn din partner/ }).click();
  await expect(page).toHaveURL(/version=1#know-your-partner$/);
  await expect(page.getByRole('link', { name: /Det finns en nyare version/ })).toBeVisible();
});

test('an author cites guideline sections while writing a case, with the keyboard, and the case links them', async ({
  page,
  request,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const title = `Ett fall med hänvisningar ${Date.now().toString(36)}`;
  const { id } = await officer.createCase({ title });
  await signIn(page, DEMO.officer);
  await page.goto(`/cases/${id}/edit`);
  await expect(page.getByLabel('Rubrik')).toHaveValue(title, { timeout: 30_000 });

  const picker = page.getByRole('group', { name: 'Hänvisa till riktlinjer (valfritt)' });
  await picker.getByLabel('Riktlinje').selectOption({ label: TITLE });
  // The newest published version is chosen unless another is.
  await expect(picker.getByLabel('Version')).toHaveValue(/^\d+$/);
  const newest = await picker.getByLabel('Version').inputValue();
  await expect(picker.getByLabel('Version').locator('option:checked')).toHaveText(/senaste/);
  await picker.getByLabel('Avsnitt').selectOption({ label: 'Avtal' });
  await expectNoAxeViolations(page);
  // With the keyboard: focus the button and press Enter.
  await picker.getByRole('button', { name: 'Lägg till hänvisningen' }).press('Enter');
  await picker.getByLabel('Avsnitt').selectOption({ label: 'Känn din partner' });
  await picker.getByRole('button', { name: 'Lägg till hänvisningen' }).press('Enter');
  const chosen = picker.getByRole('grid', { name: 'Valda hänvisningar' });
  await expect(chosen.getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page);
  // A tag goes with Delete from the keyboard (its × button is for the pointer).
  await chosen.getByRole('row', { name: /^Känn din partner/ }).press('Delete');
  await expect(chosen.getByRole('row')).toHaveCount(1);
  await expect(chosen).toContainText(`Avtal – ${TITLE}, version ${newest}`);

  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
  await page.goto(`/cases/${id}`);
  const cited = page.getByRole('region', { name: 'Riktlinjer som citeras' });
  const link = cited.getByRole('link', { name: `Avtal – ${TITLE}, version ${newest}` });
  await expect(link).toHaveAttribute(
    'href',
    `/guidelines/ansvarsfull-internationalisering-demo?version=${newest}#agreements`,
  );
  await link.click();
  await expect(page).toHaveURL(new RegExp(`version=${newest}#agreements$`));
});

test('an expert cites a section while answering, and the answer shows the link', async ({
  page,
  request,
}) => {
  const asker = await ApiMember.signIn(request, DEMO.orgContact);
  const title = `Vilka avtal behövs med en ny partner ${Date.now().toString(36)}?`;
  const question = await askViaApi(asker, { title });
  if (question.status !== 'OPEN')
    await approveQuestion(await ApiMember.signIn(request, DEMO.moderator), question.id);

  await signIn(page, DEMO.expert);
  await page.goto(`/questions/${question.id}`);
  await page
    .getByRole('textbox', { name: 'Svar', exact: true })
    .fill('Skriv avtal som reglerar vem som äger resultaten och hur de får användas.');
  await page
    .getByRole('radiogroup', { name: 'Hur du visas' })
    .getByText('Med min organisation, utan mitt namn')
    .click();
  const picker = page.getByRole('group', { name: 'Hänvisa till riktlinjer (valfritt)' });
  await picker.getByLabel('Riktlinje').selectOption({ label: TITLE });
  await picker.getByLabel('Avsnitt').selectOption({ label: 'Avtal' });
  await expectNoAxeViolations(page);
  await picker.getByRole('button', { name: 'Lägg till hänvisningen' }).click();
  await page.getByRole('button', { name: 'Publicera svaret' }).click();

  const answer = page.getByRole('article').filter({ hasText: 'vem som äger resultaten' });
  const cited = answer.getByRole('region', { name: 'Riktlinjer som citeras' });
  await expect(cited.getByRole('link', { name: `Avtal – ${TITLE}, version` })).toBeVisible({
    timeout: 30_000,
  });
  await expectNoAxeViolations(page);
});

test('a member follows the guideline, an editor publishes a version, and the notification arrives live and leads to it', async ({
  page,
  server,
}) => {
  const title = TITLE;
  await signIn(page, DEMO.officer);
  await page.goto('/guidelines/ansvarsfull-internationalisering-demo');
  await page.getByRole('button', { name: `Följ ${title}` }).click();
  await expect(page.getByRole('button', { name: `Sluta följa ${title}` })).toBeVisible();
  const bell = page.getByRole('banner').getByRole('link', { name: /^Aviseringar, / });
  const { unreadNotificationCount: before } = await api<{ unreadNotificationCount: number }>(
    server,
    '{ unreadNotificationCount }',
    {},
    await apiToken(server, DEMO.officer),
  );
  await expect(bell).toHaveAccessibleName(bellName(before));

  // An editor publishes a new version (through the API; the editor's own page is tested above).
  const token = await apiToken(server, DEMO.editor);
  const { guideline } = await api<{ guideline: { id: string } }>(
    server,
    'query($ref: String!) { guideline(ref: $ref) { id } }',
    { ref: 'ansvarsfull-internationalisering-demo' },
    token,
  );
  const { startGuidelineDraft: draft } = await api<{ startGuidelineDraft: DraftText }>(
    server,
    `mutation($id: ID!) { startGuidelineDraft(guidelineId: $id) { id updatedAt titleSv titleEn
      sections { key headingSv headingEn bodySv { markdown } bodyEn { markdown } } } }`,
    { id: guideline.id },
    token,
  );
  await api(
    server,
    'mutation($input: UpdateGuidelineDraftInput!) { updateGuidelineDraft(input: $input) { id } }',
    {
      input: {
        versionId: draft.id,
        expectedUpdatedAt: draft.updatedAt,
        titleSv: draft.titleSv,
        titleEn: draft.titleEn,
        changeNoteSv: 'Avtal: vem äger resultaten.',
        changeNoteEn: 'Agreements: who owns the results.',
        sections: draft.sections.map((s) => ({
          key: s.key,
          headingSv: s.headingSv,
          headingEn: s.headingEn,
          bodySv:
            s.key === 'agreements'
              ? `${s.bodySv.markdown}\n\nSkriv ner vem som äger resultaten.`
              : s.bodySv.markdown,
          bodyEn: s.bodyEn.markdown,
        })),
      },
    },
    token,
  );
  await api(
    server,
    'mutation($id: ID!) { publishGuidelineVersion(versionId: $id) { number } }',
    { id: draft.id },
    token,
  );

  // Live: the bell counts it without a reload, and the centre leads to the guideline.
  await expect(bell).toHaveAccessibleName(bellName(before + 1), { timeout: 30_000 });
  await bell.click();
  const item = page
    .getByRole('listitem')
    .filter({ hasText: 'En ny version av en riktlinje du följer' });
  await expect(item).toContainText(title);
  await expectNoAxeViolations(page);
  await item.getByRole('link', { name: `Öppna ”${title}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/guidelines/${guideline.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Avtal' })).toContainText(
    'Skriv ner vem som äger resultaten.',
  );
});

function bellName(count: number): string {
  return count === 0
    ? 'Aviseringar, inga olästa'
    : `Aviseringar, ${count} ${count === 1 ? 'oläst' : 'olästa'}`;
}

interface DraftText {
  id: string;
  updatedAt: string;
  titleSv: string;
  titleEn: string;
  sections: {
    key: string;
    headingSv: string;
    headingEn: string;
    bodySv: { markdown: string };
    bodyEn: { markdown: string };
  }[];
}
