// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { seedDemoData } from 'src/bootstrap/seeder';
import { runMigrations } from 'src/database/migrate';
import { DEMO_PASSWORD } from 'src/database/seed/demo-accounts';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { SearchCheck } from 'src/modules/search/search-check';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { eventually } from 'test/helpers/eventually';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { createTestDatabase, type TestDatabase } from 'test/helpers/test-database';

const run = promisify(execFile);

/**
 * The backup drill of docs/backup-and-restore.md, step by step on real PostgreSQL:
 * a custom-format `pg_dump` of a platform with the demo data, `pg_restore` into an empty
 * database, the migrations check (nothing to apply), `search:reindex` and `search:check`, and the
 * same GraphQL questions asked of both platforms by the same people must get the same answers.
 */

const VIEWERS = [
  undefined, // a visitor
  'officer@kth.example',
  'officer@uu.example',
  'expert@sapo.example',
  'moderator@samrad.example',
  'admin@samrad.example',
] as const;

/** What a library, a question page, a search, the notification centre and the audit log show. */
const QUESTIONS = {
  cases: `{ cases(first: 100) { totalCount edges { node { id title authorLabel sharingLevel status
    countries { code } } } } }`,
  questions: `{ questions(first: 100) { totalCount edges { node { id title authorLabel status
    answers(first: 50) { totalCount edges { node { id helpfulCount official } } } } } } }`,
  search: `{ search(query: "exportkontroll", first: 50) { totalCount didYouMean
    edges { node { titleHighlight item { __typename ... on Case { id } ... on Question { id } } } }
    facets { countries { count country { code } } sharingLevels { value count } } } }`,
};
const SIGNED_IN_QUESTIONS = {
  me: `{ me { id email displayName roles organisation { slug } } }`,
  notifications: `{ notifications(first: 50) { totalCount edges { node { id kind read } } } }`,
};
const ADMIN_QUESTIONS = {
  auditLog: `{ auditLog(first: 100) { totalCount edges { node { id action targetType } } } }`,
};

async function signIn(t: TestApp, email: string): Promise<string> {
  const response = await t.gql<{ login: { accessToken: string } }>(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (!response.data?.login) throw new Error(`Sign-in failed: ${JSON.stringify(response.errors)}`);
  return response.data.login.accessToken;
}

type Tokens = Map<string | undefined, string | undefined>;

/** Every viewer signed in once, before any answer is read (sign-ins are audited). */
async function signInAll(t: TestApp): Promise<Tokens> {
  const tokens: Tokens = new Map();
  for (const viewer of VIEWERS) tokens.set(viewer, viewer ? await signIn(t, viewer) : undefined);
  return tokens;
}

/** Every viewer's answers to every question, keyed `viewer/question`. */
async function answersOf(t: TestApp, tokens: Tokens): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const viewer of VIEWERS) {
    const questions = {
      ...QUESTIONS,
      ...(viewer ? SIGNED_IN_QUESTIONS : {}),
      ...(viewer === 'admin@samrad.example' ? ADMIN_QUESTIONS : {}),
    };
    for (const [name, query] of Object.entries(questions)) {
      const response = await t.gql(query, {}, tokens.get(viewer));
      // A question that fails would compare equal to the same failure after the restore.
      expect(response.errors).toBeUndefined();
      answers[`${viewer ?? 'visitor'}/${name}`] = response.data;
    }
  }
  return answers;
}

async function unpublishedEvents(t: TestApp): Promise<number> {
  const [row] = await t.app
    .get(DataSource)
    .query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
  return row!.n;
}

/**
 * Every queue has no job waiting, running, failed or waiting to be retried (the schedulers'
 * next runs are delayed jobs too, never attempted yet, and they stay).
 */
async function queuesIdle(t: TestApp): Promise<boolean> {
  const jobs = t.app.get(JobQueue);
  for (const name of Object.values(QueueName)) {
    const queue = jobs.queue(name);
    const counts = await queue.getJobCounts('waiting', 'active', 'failed');
    if (Object.values(counts).some((n) => n > 0)) return false;
    if ((await queue.getDelayed()).some((job) => job.attemptsMade > 0)) return false;
  }
  return true;
}

describe('Backup and restore drill (pg_dump custom format → pg_restore into an empty database)', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'samrad-backup-'));
  const dumpFile = join(workDir, 'samrad.dump');
  let original: TestApp | undefined;
  let restored: TestApp | undefined;
  let restoredDatabase: TestDatabase | undefined;

  afterAll(async () => {
    await original?.close();
    await restored?.close({ keepDatabase: true });
    await restoredDatabase?.drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('answers every viewer the same after the restore, and loses no pending event', async () => {
    // The worker stays off until after the restore, so outbox events written by the demo data are
    // still pending in the backup: the drill shows that they are delivered after it.
    original = await startTestApp({ worker: false });
    await seedDemoData(original.app);
    await original.app.get(SearchIndexer).reindexAll();
    // The sessions are in the backup too: the same tokens ask the restored platform.
    const tokens = await signInAll(original);
    const before = await answersOf(original, tokens);
    const pendingBefore = await unpublishedEvents(original);
    expect(pendingBefore).toBeGreaterThan(0);
    // The demo data has something for each viewer to see (a drill on empty answers proves little).
    expect((before['officer@kth.example/cases'] as any).cases.totalCount).toBeGreaterThan(5);
    expect((before['visitor/search'] as any).search.totalCount).toBeGreaterThan(0);
    expect((before['admin@samrad.example/auditLog'] as any).auditLog.totalCount).toBeGreaterThan(0);

    // 1. Backup: the documented command, against the running platform's database.
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${dumpFile}`,
      original.database.url,
    ]);
    expect(statSync(dumpFile).size).toBeGreaterThan(10_000);
    await original.close();
    original = undefined;

    // 2. Restore into an empty database (not a clone of the migrated template).
    restoredDatabase = await createTestDatabase({ empty: true });
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      `--dbname=${restoredDatabase.url}`,
      dumpFile,
    ]);

    // 3. Migrations check: the restored schema is the latest, nothing to apply.
    expect(await runMigrations(restoredDatabase.url)).toEqual([]);

    // 4. search:reindex, then search:check finds nothing missing, extra or stale.
    restored = await startTestApp({ database: restoredDatabase, worker: false });
    await restored.app.get(SearchIndexer).reindexAll();
    const check = await restored.app.get(SearchCheck).run();
    expect({ missing: check.missing, extra: check.extra, stale: check.stale }).toEqual({
      missing: [],
      extra: [],
      stale: [],
    });
    expect(check.checked).toBeGreaterThan(0);

    // 5. The platform answers the same: every viewer, every question, the same sessions.
    expect(await answersOf(restored, tokens)).toEqual(before);
    // And the passwords came back: a new sign-in works.
    expect(await signIn(restored, 'officer@kth.example')).toEqual(expect.any(String));

    // The append-only audit log is still append-only (its trigger came back with the schema).
    await expect(
      restored.app.get(DataSource).query(`UPDATE audit_log SET action = action`),
    ).rejects.toThrow();

    // Nothing lost: the events pending at backup time are relayed once the worker runs.
    expect(await unpublishedEvents(restored)).toBe(pendingBefore);
    await restored.startWorker();
    await eventually(
      async () => ((await unpublishedEvents(restored!)) === 0 ? true : undefined),
      60_000,
    );
    // …and their jobs done with none failed: the restored platform works, it does not just relay.
    await eventually(async () => ((await queuesIdle(restored!)) ? true : undefined), 60_000);
  }, 240_000);
});
