// SPDX-License-Identifier: EUPL-1.2
import { ApiMember } from './support/cases-api';
import { DEMO, expect, expectNoAxeViolations, screenshot, signIn, test } from './support/fixtures';
import { pageAs, queueLink, tabTo } from './support/ui';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** A submitted community case by the KTH officer, waiting in the moderation queue. */
async function submittedCase(officer: ApiMember, title: string): Promise<string> {
  const draft = await officer.createCase({ title, sharingLevel: 'GREEN' });
  await officer.submitCase(draft.id);
  return draft.id;
}

// Journeys with several people and an axe run per page and dialog: on a shared, busy machine
// they take longer than the default minute (the assertions are the same).
test.describe.configure({ timeout: 240_000 });

test('a moderator approves one case, reveals the author of another and rejects it with a note the officer reads; the admin’s audit log shows the reveal', async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const approveTitle = `Godkänns av moderatorn ${unique()}`;
  const rejectTitle = `Avslås av moderatorn ${unique()}`;
  await submittedCase(officer, approveTitle);
  await submittedCase(officer, rejectTitle);

  await signIn(page, DEMO.moderator);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Moderering' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderering' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'moderation-queue');

  await (await queueLink(page, approveTitle)).click();
  await expect(page.getByRole('heading', { level: 1, name: approveTitle })).toBeVisible();
  await expect(page.getByText('Inskickat för granskning')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vad hände' })).toBeVisible();
  await expect(page.getByText('Granskningen hittade inga personuppgifter i texten.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'moderation-item');

  await page.getByRole('button', { name: 'Godkänn' }).click();
  const approve = page.getByRole('dialog', { name: 'Godkänn' });
  await expect(approve).toBeVisible();
  await expectNoAxeViolations(page);
  await approve.getByRole('button', { name: 'Godkänn' }).click();
  await expect(approve.getByText('Skriv en anledning med minst 5 tecken.')).toBeVisible();
  await expect(approve.getByLabel('Anledning')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await approve.getByLabel('Anledning').fill('Välskrivet och utan personuppgifter.');
  await approve.getByRole('button', { name: 'Godkänn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderering' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Beslutet är sparat: Godkänn – ${approveTitle}.` }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: approveTitle })).toHaveCount(0);

  await (await queueLink(page, rejectTitle)).click();
  await expect(page.getByRole('heading', { level: 1, name: rejectTitle })).toBeVisible();
  await page.getByRole('button', { name: 'Visa vem som skrev' }).click();
  const reveal = page.getByRole('dialog', { name: 'Visa vem som skrev' });
  await expectNoAxeViolations(page);
  const revealReason = `Misstänkt dubbelpublicering ${unique()}`;
  await reveal.getByLabel('Varför behöver du veta vem som skrev?').fill(revealReason);
  await reveal.getByRole('button', { name: 'Visa författaren' }).click();
  await expect(
    reveal.getByText('Visningen är loggad och författaren har fått veta det.'),
  ).toBeVisible();
  await expect(reveal.getByText('Kim Handläggare')).toBeVisible();
  await expect(reveal.getByText(DEMO.officer)).toBeVisible();
  await expectNoAxeViolations(page);
  await reveal.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('region', { name: 'Författaren' })).toContainText('Kim Handläggare');

  const revisions = page.getByRole('region', { name: /Tidigare versioner/ });
  await revisions.getByRole('button', { name: 'Radera texten i version 1' }).click();
  const redact = page.getByRole('dialog', { name: 'Radera texten i version 1' });
  await expectNoAxeViolations(page);
  await redact.getByLabel('Varför raderas texten?').fill('Första versionen nämnde en person.');
  await redact.getByRole('button', { name: 'Radera texten' }).click();
  await expect(revisions).toContainText('texten raderad (Första versionen nämnde en person.)');

  await page.getByRole('button', { name: 'Avslå' }).click();
  const reject = page.getByRole('dialog', { name: 'Avslå' });
  await expect(reject.getByText('Författaren ser anledningen.')).toBeVisible();
  const note = `Bedömningen saknas; beskriv hur ni vägde riskerna ${unique()}.`;
  await reject.getByLabel('Anledning').fill(note);
  await reject.getByRole('button', { name: 'Avslå' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Beslutet är sparat: Avslå – ${rejectTitle}.` }),
  ).toBeVisible();

  const officerPage = await pageAs(browser, baseURL!, DEMO.officer);
  await officerPage.goto('/cases/mine');
  const rejected = officerPage.getByRole('article').filter({ hasText: rejectTitle });
  await expect(rejected).toContainText('Avslaget');
  await expect(rejected).toContainText(note);
  await expectNoAxeViolations(officerPage);
  await officerPage.context().close();

  const adminPage = await pageAs(browser, baseURL!, DEMO.admin);
  await adminPage.goto('/admin/audit');
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  await adminPage
    .getByLabel('Händelse', { exact: true })
    .selectOption({ label: 'Författare visad' });
  const row = adminPage.getByRole('row').filter({ hasText: revealReason });
  await expect(row).toContainText('Morgan Moderator');
  await expect(row).toContainText('Fall');
  await expectNoAxeViolations(adminPage);
  await adminPage.context().close();
});

test('a reader reports a case; the moderator reads the report and restores it', async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const moderatorApi = await ApiMember.signIn(request, DEMO.moderator);
  const title = `Anmäls av en läsare ${unique()}`;
  const id = await submittedCase(officer, title);
  await moderatorApi.approveCase(id);

  const reader = await pageAs(browser, baseURL!, 'officer@uu.example');
  await reader.goto(`/cases/${id}`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await reader.getByRole('button', { name: 'Anmäl', exact: true }).click();
  const dialog = reader.getByRole('dialog', { name: 'Anmäl till moderatorerna' });
  await expectNoAxeViolations(reader);
  await dialog.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(dialog.getByText('Välj vad som är fel.')).toBeVisible();
  await dialog.getByText('Personuppgifter', { exact: true }).click();
  await dialog.getByLabel('Beskriv gärna (valfritt)').fill('Stycke två nämner en doktorand.');
  await dialog.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(
    reader.getByRole('status').filter({ hasText: 'Innehållet är dolt tills en moderator' }),
  ).toBeVisible();
  await reader.getByRole('button', { name: 'Anmäl', exact: true }).click();
  await dialog.getByText('Felaktigt', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Skicka anmälan' }).click();
  // The report hid the case, so the reader may no longer read (or report) it: NOT_FOUND.
  await expect(dialog.getByRole('alert')).toHaveText(
    'Det du letar efter finns inte, eller så har du inte behörighet att se det.',
  );
  await reader.context().close();

  await signIn(page, DEMO.moderator);
  await page.goto('/moderation');
  const link = await queueLink(page, title);
  await expect(page.getByRole('article').filter({ hasText: title })).toContainText(
    'Anmält av läsare',
  );
  await link.click();
  await expect(page.getByRole('heading', { name: '1 anmälan' })).toBeVisible();
  await expect(page.getByText('Stycke två nämner en doktorand.')).toBeVisible();
  await expect(page.getByText(/Dolt sedan/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Återställ' }).click();
  const restore = page.getByRole('dialog', { name: 'Återställ' });
  await restore.getByLabel('Anledning').fill('Ingen personuppgift, bara en yrkesroll.');
  await restore.getByRole('button', { name: 'Återställ' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Beslutet är sparat: Återställ – ${title}.` }),
  ).toBeVisible();
  const afterwards = await moderatorApi.run<{ case: { hidden: boolean } }>(
    'query($id: ID!) { case(id: $id) { hidden } }',
    { id },
  );
  expect(afterwards.case.hidden).toBe(false);
});

test('a flagged RED case shows the moderator metadata only until an audited look; then it is kept hidden', async ({
  page,
  request,
}) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const recipient = await ApiMember.signIn(request, 'officer@uu.example');
  const { memberDirectory } = await officer.run<{
    memberDirectory: { edges: { node: { id: string } }[] };
  }>('{ memberDirectory(query: "Ulla Utbyte", first: 1) { edges { node { id } } } }');
  const uu = memberDirectory.edges[0]?.node.id;
  expect(uu).toBeTruthy();
  const title = `Hemligt fall ${unique()}`;
  const secret = 'Sekretessbelagd beskrivning av samarbetet med partnern.';
  const draft = await officer.createCase({
    title,
    whatHappened: secret,
    sharingLevel: 'RED',
    attribution: 'ANONYMOUS',
    recipientMemberIds: [uu],
  });
  await officer.submitCase(draft.id);
  await recipient.run(
    'mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }',
    {
      input: { contentType: 'CASE', contentId: draft.id, reason: 'PERSONAL_DATA', text: secret },
    },
  );

  await signIn(page, DEMO.moderator);
  await page.goto('/moderation');
  const metadataTitle = 'Fall på nivån Namngivna personer (RED)';
  // The queue reloads after a decision (the busy test machine can take a while to answer).
  await expect(page.getByRole('status').filter({ hasText: /i kön/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.goto(`/moderation/case/${draft.id}`);
  await expect(page.getByRole('heading', { level: 1, name: metadataTitle })).toBeVisible();
  await expect(page.getByText('Du får inte läsa innehållet.')).toBeVisible();
  // Nothing of the item: not its title, text, the reader's words or its author.
  await expect(page.locator('main')).not.toContainText(title);
  await expect(page.locator('main')).not.toContainText(secret);
  await expect(page.locator('main')).not.toContainText('Kim Handläggare');
  await expect(page.getByRole('button', { name: 'Godkänn' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Visa vem som skrev' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Läs innehållet (loggas)' }).click();
  const look = page.getByRole('dialog', { name: 'Läs anmält innehåll' });
  await expectNoAxeViolations(page);
  await look
    .getByLabel('Varför behöver du läsa innehållet?')
    .fill('Anmälan gäller personuppgifter; jag behöver se texten.');
  await look.getByRole('button', { name: 'Läs innehållet' }).click();
  const inspected = page.getByRole('region', { name: 'Anmält innehåll' });
  await expect(inspected).toContainText(title);
  await expect(inspected).toContainText(secret);
  await expect(inspected).not.toContainText('Kim Handläggare');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Dölj' }).click();
  const hide = page.getByRole('dialog', { name: 'Dölj' });
  await hide.getByLabel('Anledning').fill('Innehåller personuppgifter om en doktorand.');
  await hide.getByRole('button', { name: 'Dölj' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Beslutet är sparat: Dölj – ${metadataTitle}.` }),
  ).toBeVisible();
});

test('a moderator approves a case with the keyboard alone', async ({ page, request }) => {
  const officer = await ApiMember.signIn(request, DEMO.officer);
  const title = `Tangentbordsgranskning ${unique()}`;
  await submittedCase(officer, title);
  const type = (text: string) => page.keyboard.type(text);

  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('E-postadress'));
  await type(DEMO.moderator);
  await page.keyboard.press('Tab');
  await type(DEMO.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible();
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Moderering' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Moderering' })).toBeVisible();
  // The queue reloads after a decision (the busy test machine can take a while to answer).
  await expect(page.getByRole('status').filter({ hasText: /i kön/ })).toBeVisible({
    timeout: 30_000,
  });
  const link = page.getByRole('link', { name: title });
  for (let i = 0; i < 20 && !(await link.isVisible()); i++) {
    await tabTo(page, page.getByRole('button', { name: 'Visa fler' }));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
  }
  await tabTo(page, link, 300);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Godkänn' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Godkänn' });
  await tabTo(page, dialog.getByLabel('Anledning'));
  await type('Granskat med tangentbordet.');
  await tabTo(page, dialog.getByRole('button', { name: 'Godkänn' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `Beslutet är sparat: Godkänn – ${title}.` }),
  ).toBeVisible();
});

test('a member without the moderator role gets the forbidden page', async ({ page }) => {
  await signIn(page, DEMO.officer);
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Moderering' }),
  ).toHaveCount(0);
  await page.goto('/moderation');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
