// SPDX-License-Identifier: EUPL-1.2
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, signIn, test } from './support/fixtures';
import { approveQuestion, askViaApi } from './support/questions-api';
import { pageAs } from './support/ui';

const unique = () => Date.now().toString(36);

async function versionOf(member: ApiMember, id: string): Promise<number> {
  const { question } = await member.run<{ question: { version: number } }>(
    'query($id: ID!) { question(id: $id) { version } }',
    { id },
  );
  return question.version;
}

test('the asker edits their question from its page, and a conflicting save keeps their text beside the saved one', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const moderator = await ApiMember.signIn(request, DEMO.moderator);
  const asked = await askViaApi(officer, { title: `Fråga att redigera ${unique()}?` });
  await approveQuestion(moderator, asked.id);

  await signIn(page, DEMO.officer);
  await page.goto(`/questions/${asked.id}`);
  await page.getByRole('link', { name: 'Redigera frågan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera frågan' })).toBeVisible();
  await expect(page.getByLabel('Beskriv frågan')).toHaveValue(/Ett projekt vill dela mätdata/);
  await expectNoAxeViolations(page);

  // The asker (in another tab, say) saves a new text meanwhile.
  const theirs = 'Ett projekt vill dela mätdata och programvara med en partner. Vad gäller?';
  await officer.run(
    'mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }',
    {
      input: { id: asked.id, expectedVersion: await versionOf(officer, asked.id), body: theirs },
    },
  );

  const mine = `Får vi dela mätdata med en partner utanför EU ${unique()}?`;
  await page.getByLabel('Din fråga i en mening').fill(mine);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();

  const conflict = page.getByRole('region', { name: 'Frågan har ändrats medan du skrev' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText(mine)).toBeVisible();
  await expect(conflict.getByText(theirs)).toBeVisible();
  await expect(page.getByLabel('Din fråga i en mening')).toHaveValue(mine);
  await expectNoAxeViolations(page);

  // Nothing typed is lost on a reload either.
  await page.reload();
  await expect(page.getByLabel('Din fråga i en mening')).toHaveValue(mine);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(conflict).toBeVisible();

  await conflict.getByRole('button', { name: 'Spara min version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: mine })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('status').filter({ hasText: 'Ändringarna är sparade.' }),
  ).toBeVisible();
  // Kept mine over theirs: the body on the page is the one the asker had (the form's).
  await expect(page.getByText(theirs)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a rejected question is asked again by editing it, and only its asker may edit it', async ({
  page,
  request,
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const moderator = await ApiMember.signIn(request, DEMO.moderator);
  const title = `Avvisad fråga ${unique()}?`;
  const asked = await askViaApi(officer, { title });
  await moderator.run(
    'mutation($input: ModerateInput!) { moderate(input: $input) { __typename } }',
    {
      input: {
        action: 'REJECT',
        contentId: asked.id,
        contentType: 'QUESTION',
        reason: 'Beskriv vilket slags mätdata det gäller.',
      },
    },
  );

  await signIn(page, DEMO.officer);
  await page.goto(`/questions/${asked.id}`);
  await expect(page.getByText('Avvisad', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Redigera och skicka frågan igen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera frågan' })).toBeVisible();
  await expect(page.getByText('Beskriv vilket slags mätdata det gäller.')).toBeVisible();
  await page
    .getByLabel('Beskriv frågan')
    .fill('Ett projekt vill dela seismiska mätdata (rådata från sensorer) med en partner.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Skicka frågan igen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('status').filter({ hasText: 'granskas av en moderator' }),
  ).toBeVisible();
  await expect(page.getByText('Väntar på granskning', { exact: true })).toBeVisible();

  // Someone else's question: no link, and the edit page refuses.
  const other = await pageAs(browser, server.url, DEMO.moderator);
  await other.goto(`/questions/${asked.id}`);
  await expect(other.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(other.getByRole('link', { name: /Redigera/ })).toHaveCount(0);
  await other.goto(`/questions/${asked.id}/edit`);
  await expect(other.getByRole('alert')).toContainText('Du har inte behörighet');
  await expectNoAxeViolations(other);
  await other.context().close();
});
