// SPDX-License-Identifier: EUPL-1.2
import { readFile } from 'node:fs/promises';
import {
  api,
  apiToken,
  DEMO,
  expect,
  expectNoAxeViolations,
  screenshot,
  signIn,
  test,
} from './support/fixtures';

test.describe.configure({ timeout: 240_000 });

const LEVEL_BAND = `query($input: InsightTableInput!) { insightTable(input: $input) {
  rows { key counts total } columnTotals grandTotal } }`;

/**
 * Issue 16, insight: the dashboard of aggregates for admins and the authorities' experts, with
 * hidden small counts, a chart beside each table, and the CSV of the same figures.
 */
test('an admin reads insight by sharing level, with the figures the API publishes, and downloads the CSV', async ({
  page,
  server,
}) => {
  const year = new Date().getFullYear();
  await signIn(page, DEMO.admin);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Insikt' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insikt' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Fall och frågor per ämne' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Svarstider per myndighet' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Rader').selectOption('LEVEL_BAND');
  await page.getByLabel('Period').selectOption('YEAR');
  await expect(page).toHaveURL(/dimension=LEVEL_BAND/);
  const table = page.getByRole('table', { name: /Publicerade fall och frågor per delningsnivå/ });
  await expect(table).toBeVisible();

  // The page shows what the API publishes, hidden counts as ".." with words for screen readers.
  const published = await api<{
    insightTable: { rows: { key: string; total: number | null }[]; grandTotal: number | null };
  }>(
    server,
    LEVEL_BAND,
    {
      input: {
        from: `${year}-01-01`,
        to: `${year + 1}-01-01`,
        dimension: 'LEVEL_BAND',
        period: 'YEAR',
      },
    },
    await apiToken(server, DEMO.admin),
  );
  const shown = (value: number | null) =>
    value === null ? 'dolt för att skydda små antal' : String(value);
  const community = published.insightTable.rows.find((row) => row.key === 'COMMUNITY')!;
  await expect(
    table
      .getByRole('row', { name: /Gemenskapen/ })
      .getByRole('cell')
      .last(),
  ).toContainText(shown(community.total));
  await expect(
    table
      .getByRole('row', { name: /^Totalt/ })
      .getByRole('cell')
      .last(),
  ).toContainText(shown(published.insightTable.grandTotal));
  await expect(page.getByRole('figure').first()).toContainText('Samma siffror finns i tabellen');
  await expectNoAxeViolations(page);
  await screenshot(page, 'insight');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ned tabellen som CSV' }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    `samrad-insight-level_band-${year}-01-01-${year + 1}-01-01.csv`,
  );
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe(`key,label,${year},Totalt`);
  expect(csv).toContain(
    `COMMUNITY,Gemenskapen (CLEAR och GREEN),${community.total ?? '..'},${community.total ?? '..'}`,
  );
});

test('an authority expert reads insight; an officer has no link and the page is forbidden', async ({
  page,
}) => {
  await signIn(page, DEMO.expert);
  await page.goto('/insight');
  await expect(page.getByRole('heading', { level: 1, name: 'Insikt' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Riktade frågor och officiella svar per organisation' }),
  ).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO.officer);
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Insikt' }),
  ).toHaveCount(0);
  await page.goto('/insight');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
