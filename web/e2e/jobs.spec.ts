// SPDX-License-Identifier: EUPL-1.2
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
import { delayedJob, failedJob, withQueue } from './support/jobs-queue';
import { tabTo } from './support/ui';

test.describe.configure({ timeout: 240_000 });

/**
 * Issue 15, "jobs an operator can see", as a screen: an admin finds jobs the worker really
 * failed (no handler knows them), reads their error and attempts, runs one again, discards
 * another with the keyboard alone, and finds both in the audit log.
 */
test('an admin sees failed and delayed jobs, runs one again and discards others', async ({
  page,
  server,
}) => {
  await failedJob(server, 'maintenance', 'e2e-retry');
  await failedJob(server, 'maintenance', 'e2e-discard');
  await delayedJob(server, 'maintenance', 'e2e-later');

  await signIn(page, DEMO.admin);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Bakgrundsjobb' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bakgrundsjobb' })).toBeVisible();
  const queues = page.getByRole('table', { name: 'Köer' });
  const maintenance = queues.getByRole('row', { name: /^Underhåll/ });
  // After the queue's name: queued, running, waiting, failed.
  const count = async (column: number) =>
    Number(await maintenance.getByRole('cell').nth(column).textContent());
  await expect(maintenance).toBeVisible();
  expect(await count(2)).toBeGreaterThanOrEqual(1);
  expect(await count(3)).toBeGreaterThanOrEqual(2);

  await page.getByLabel('Kö', { exact: true }).selectOption({ label: 'Underhåll' });
  await expect(page).toHaveURL(/queue=MAINTENANCE/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Misslyckade jobb i kön Underhåll' }),
  ).toBeVisible();
  const retryRow = page.getByRole('row').filter({ hasText: 'e2e-retry' });
  await expect(retryRow).toContainText('test.no-handler');
  await expect(retryRow).toContainText('1 av 1');
  await expect(retryRow).toContainText('No handler for job test.no-handler');
  // The job's data is never shown.
  await expect(page.getByText('data an operator never sees')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-jobs');

  // Run it again: a reason is required, and the worker really runs it (and fails it) again.
  const firstRun = await withQueue(
    server,
    'maintenance',
    async (q) => (await q.getJob('e2e-retry'))!.processedOn!,
  );
  await retryRow.getByRole('button', { name: 'Kör igen' }).click();
  const retry = page.getByRole('dialog', {
    name: 'Kör jobbet test.no-handler (e2e-retry) igen',
  });
  await retry.getByRole('button', { name: 'Kör igen' }).click();
  await expect(retry.getByText('Skriv en anledning med minst 3 tecken.')).toBeVisible();
  await expectNoAxeViolations(page);
  await retry.getByLabel('Anledning').fill('Hanteraren är driftsatt.');
  await retry.getByRole('button', { name: 'Kör igen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Jobbet test.no-handler (e2e-retry) körs igen.' }),
  ).toBeVisible();
  await expect
    .poll(
      () =>
        withQueue(server, 'maintenance', async (q) => {
          const job = await q.getJob('e2e-retry');
          return Boolean(job && job.processedOn! > firstRun && (await job.getState()) === 'failed');
        }),
      { timeout: 60_000 },
    )
    .toBe(true);

  // Discard with the keyboard alone: Tab to the row's button, Enter, type, Tab, Enter.
  const discardRow = page.getByRole('row').filter({ hasText: 'e2e-discard' });
  await tabTo(page, discardRow.getByRole('button', { name: 'Kassera' }));
  await page.keyboard.press('Enter');
  const discard = page.getByRole('dialog', {
    name: 'Kassera jobbet test.no-handler (e2e-discard)',
  });
  await expect(discard).toContainText('Det går inte att ångra.');
  await expectNoAxeViolations(page);
  // Focus is in the dialog (React Aria moves it there); the reason field is a Tab away.
  await tabTo(page, discard.getByLabel('Anledning'));
  await page.keyboard.type('Föråldrat efter rättningen.');
  await tabTo(page, discard.getByRole('button', { name: 'Kassera jobbet för alltid' }));
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Jobbet test.no-handler (e2e-discard) är kasserat.' }),
  ).toBeVisible();
  await expect(discardRow).toHaveCount(0);
  expect(await withQueue(server, 'maintenance', (q) => q.getJob('e2e-discard'))).toBeUndefined();

  // Delayed jobs: when they run; they can be discarded, not run again.
  await page.getByLabel('Visa').selectOption({ label: 'Väntande jobb (schemalagda och omförsök)' });
  await expect(
    page.getByRole('heading', { level: 2, name: 'Väntande jobb i kön Underhåll' }),
  ).toBeVisible();
  const laterRow = page.getByRole('row').filter({ hasText: 'e2e-later' });
  await expect(laterRow.getByRole('button', { name: 'Kassera' })).toBeVisible();
  await expect(laterRow.getByRole('button', { name: 'Kör igen' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A queue with nothing failed says so.
  await page.getByLabel('Visa').selectOption({ label: 'Misslyckade jobb' });
  await page.getByLabel('Kö', { exact: true }).selectOption({ label: 'Dataexporter' });
  await expect(page.getByText('Inga misslyckade jobb i kön Dataexporter.')).toBeVisible();

  // Both actions are in the audit log, with their reasons.
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Granskningslogg' })
    .click();
  await page.getByLabel('Gäller').selectOption({ label: 'Bakgrundsjobb' });
  await expect(page.getByRole('row').filter({ hasText: 'Hanteraren är driftsatt.' })).toContainText(
    'Jobb körs om',
  );
  await expect(
    page.getByRole('row').filter({ hasText: 'Föråldrat efter rättningen.' }),
  ).toContainText('Jobb kasserat');
});

test('the jobs page says when it cannot load, and loads on “Försök igen”', async ({ page }) => {
  await signIn(page, DEMO.admin);
  // The queue store answering nothing: the page's list request fails once on its way.
  let failures = 0;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('AdminQueuedJobs') && failures < 1) {
      failures += 1;
      return route.abort('connectionrefused');
    }
    return route.continue();
  });
  await page.goto('/admin/jobs?queue=MAIL');
  const alert = page.getByRole('alert').filter({
    hasText: 'Det gick inte att nå Samråd. Kontrollera din anslutning och försök igen.',
  });
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Försök igen' }).click();
  await expect(alert).toHaveCount(0);
  await expect(
    page
      .getByText('Inga misslyckade jobb i kön E-post.')
      .or(page.getByRole('table', { name: 'Jobb', exact: true })),
  ).toBeVisible();
});

test('only admins: the jobs page is forbidden to a moderator, and so are the operations', async ({
  page,
  server,
}) => {
  await signIn(page, DEMO.moderator);
  await page.goto('/admin/jobs');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const token = await apiToken(server, DEMO.moderator);
  await expect(api(server, '{ jobQueues { name failed } }', {}, token)).rejects.toThrow(
    /FORBIDDEN/,
  );
});
