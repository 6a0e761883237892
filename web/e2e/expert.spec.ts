// SPDX-License-Identifier: EUPL-1.2
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, signIn, test } from './support/fixtures';
import { askViaApi, organisationIdBySlug } from './support/questions-api';
import { tabTo } from './support/ui';

const ISP = 'Inspektionen för strategiska produkter';
const unique = () => Date.now().toString(36);

/** A question directed to ISP, asked by the KTH officer through the API. */
async function directedQuestion(request: Parameters<typeof ApiMember.signIn>[0], title: string) {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const isp = await organisationIdBySlug(officer, 'inspektionen-for-strategiska-produkter');
  const question = await askViaApi(officer, {
    title,
    // AMBER asked of ISP: ISP reads it and it opens at once (no moderation).
    sharingLevel: 'AMBER',
    directedToIds: [isp],
  });
  expect(question.status).toBe('OPEN');
  return question;
}

test.describe.configure({ mode: 'serial' });

test('an expert hands a question to a colleague in a dialog and releases it again', async ({
  page,
  request,
}) => {
  const title = `Tillstånd för gästforskare i laserlabbet ${unique()}`;
  await directedQuestion(request, title);
  await signIn(page, DEMO.expert);
  await page.goto('/triage');
  await expect(page.getByRole('heading', { level: 1, name: 'Inkomna frågor' })).toBeVisible();
  const item = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  await expect(item).toContainText('Ingen har tagit frågan ännu.');
  await expect(item).toContainText('Ska besvaras');

  await item.getByRole('button', { name: `Lämna till en kollega – ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: `Lämna ”${title}” till en kollega` });
  await expect(dialog).toBeVisible();
  const colleagues = dialog.getByRole('radiogroup', { name: 'Kollega' });
  await expect(colleagues.getByRole('radio')).not.toHaveCount(0);
  await dialog.getByRole('button', { name: 'Lämna frågan' }).click();
  await expect(dialog.getByText('Välj en kollega.')).toBeVisible();
  await expectNoAxeViolations(page);
  await colleagues.getByText('Isa Exportkontroll').click();
  await dialog.getByRole('button', { name: 'Lämna frågan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: `”${title}” handläggs nu av Isa Exportkontroll.` }),
  ).toBeVisible();
  await expect(item).toContainText('Handläggs av dig.');

  await item.getByRole('button', { name: `Släpp frågan – ${title}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Du har släppt ”${title}”.` }),
  ).toBeVisible();
  await expect(item).toContainText('Ingen har tagit frågan ännu.');
  await expectNoAxeViolations(page);
});

test('an expert takes a question and answers it officially with the keyboard alone', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const title = `Tangentbordsfråga om exportkontroll ${unique()}`;
  await directedQuestion(request, title);
  const type = (text: string) => page.keyboard.type(text);

  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('E-postadress'));
  await type(DEMO.expert);
  await page.keyboard.press('Tab');
  await type(DEMO.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible();

  await tabTo(
    page,
    page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Inkomna frågor' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Inkomna frågor' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: `Ta frågan – ${title}` }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `Du har tagit ”${title}”.` }),
  ).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: `Svara officiellt – ${title}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Svara officiellt för ${ISP}` })).toBeChecked();

  await tabTo(page, page.getByRole('textbox', { name: 'Svar', exact: true }));
  await type(
    'Gästforskare i laserlabbet kan behöva tillstånd. Kontakta oss med teknisk beskrivning.',
  );
  await tabTo(page, page.getByRole('radio', { name: /Med mitt namn och min organisation/ }));
  // Arrow keys move between the choices: named → organisation.
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('radio', { name: /Med min organisation, utan mitt namn/ }),
  ).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Publicera svaret' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Ditt svar är publicerat.' }),
  ).toBeVisible();
  const official = page.getByRole('article', { name: `Officiellt svar från ${ISP}` });
  await expect(official.getByRole('note')).toContainText('inte ett bindande besked');
  await expectNoAxeViolations(page);
});

test('members who are not experts get the forbidden page for the triage queue, and no link to it', async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await expect(
    page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Inkomna frågor' }),
  ).toHaveCount(0);
  await page.goto('/triage');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
