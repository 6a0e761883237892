// SPDX-License-Identifier: EUPL-1.2
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { DataSource } from 'typeorm';
import { seedDemoData } from 'src/bootstrap/seeder';
import { DEMO_CASES } from 'src/database/seed/demo-cases.data';
import { DEMO_QUESTIONS } from 'src/database/seed/demo-questions.data';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

describe('Demo data (what npm run dev seeds)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
  });

  afterAll(() => t.close());

  it('writes every demo case and question through the workflow, once, however often it runs', async () => {
    await seedDemoData(t.app);
    await seedDemoData(t.app);
    const db = t.app.get(DataSource);
    const rows: { status: string; n: number }[] = await db.query(
      'SELECT status, count(*)::int AS n FROM case_study GROUP BY status ORDER BY status',
    );
    const expected = (status: string) => DEMO_CASES.filter((c) => c.status === status).length;
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual({
      DRAFT: expected('DRAFT'),
      SUBMITTED: expected('SUBMITTED'),
      PUBLISHED: expected('PUBLISHED'),
    });
    const visitorView = await t.gql<{ cases: { totalCount: number } }>('{ cases { totalCount } }');
    expect(visitorView.data!.cases.totalCount).toBe(
      DEMO_CASES.filter((c) => c.status === 'PUBLISHED' && c.sharingLevel === SharingLevel.CLEAR)
        .length,
    );

    const questions: { status: string; n: number }[] = await db.query(
      'SELECT status, count(*)::int AS n FROM question GROUP BY status ORDER BY status',
    );
    const expectedQuestions = (status: string) =>
      DEMO_QUESTIONS.filter((q) => q.status === status).length;
    expect(Object.fromEntries(questions.map((r) => [r.status, r.n]))).toEqual(
      Object.fromEntries(
        ['ANSWERED', 'CLOSED', 'OPEN', 'PENDING_REVIEW']
          .map((status) => [status, expectedQuestions(status)] as const)
          .filter(([, n]) => n !== 0),
      ),
    );
    const answers: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM answer');
    expect(answers[0]!.n).toBe(DEMO_QUESTIONS.reduce((sum, q) => sum + q.answers.length, 0));
    const votes: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM answer_vote');
    expect(votes[0]!.n).toBe(
      DEMO_QUESTIONS.flatMap((q) => q.answers).reduce(
        (sum, a) => sum + (a.helpfulVotes?.length ?? 0),
        0,
      ),
    );
    // Seeding twice through the real workflow takes ~18 s alone and more beside other files.
  }, 120_000);
});
