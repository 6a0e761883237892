import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { DataSource } from 'typeorm';
import { seedDemoData } from 'src/bootstrap/seeder';
import { DEMO_CASES } from 'src/database/seed/demo-cases.data';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

describe('Demo data (what npm run dev seeds)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
  });

  afterAll(() => t.close());

  it('writes every demo case through the workflow, once, however often it runs', async () => {
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
  });
});
