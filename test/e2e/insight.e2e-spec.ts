// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { answerQuestion, askQuestion, organisationId } from 'test/factories/question.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const TABLE = `query($input: InsightTableInput!) { insightTable(input: $input) {
  dimension period columns rows { key label counts total } columnTotals grandTotal minimumCount } }`;
const CSV = `query($input: InsightTableInput!) { insightTableCsv(input: $input) }`;
const UNANSWERED = `query($input: InsightRangeInput!) { unansweredByTopic(input: $input) {
  rows { key label counts total } } }`;
const AUTHORITIES = `query($input: InsightRangeInput!) { authorityResponseFigures(input: $input) {
  organisationId name directed answered answeredWithinTarget answeredLate unanswered overdue
  medianWorkingDaysToAnswer restrictedDirected } }`;

interface Table {
  columns: string[];
  rows: { key: string; label: string; counts: (number | null)[]; total: number | null }[];
  columnTotals: (number | null)[] | null;
  grandTotal: number | null;
  minimumCount: number;
}

/**
 * Issue 16, insight: aggregates only, for admins and the authorities' experts; every count from 1
 * to k − 1 hidden with whatever would give it away; restricted items only as a banded count.
 *
 * The crafted data (all opened this year, k = 5):
 * - topic A: 6 AMBER questions directed to ISP, 5 of them answered officially at once;
 * - topic B: 2 AMBER questions (a small cell);
 * - topic C: 3 AMBER_STRICT questions and 1 RED directed to ISP (restricted: never by topic).
 */
describe('Insight for the support function', () => {
  let t: TestApp;
  let admin: SignedInMember;
  let ispExpert: SignedInMember;
  let member: SignedInMember;
  let moderator: SignedInMember;
  let topicA: string;
  let topicB: string;
  let topicC: string;
  let isp: string;
  const year = new Date().getFullYear();
  const range = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const byYear = (dimension: string) => ({ input: { ...range, dimension, period: 'YEAR' } });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedInMember(t, { roles: [Role.ADMIN] });
    ispExpert = await signedInMember(t, {
      organisationSlug: 'inspektionen-for-strategiska-produkter',
      roles: [Role.EXPERT],
    });
    member = await signedInMember(t);
    moderator = await signedInMember(t, { roles: [Role.MODERATOR] });
    const topics = await t.app.get(TopicsService).list();
    [topicA, topicB, topicC] = topics.slice(0, 3).map((topic) => topic.id) as [
      string,
      string,
      string,
    ];
    isp = await organisationId(t, 'inspektionen-for-strategiska-produkter');

    const asker = await signedInMember(t);
    for (let n = 0; n < 6; n++) {
      const question = await askQuestion(t, asker, {
        sharingLevel: 'AMBER',
        directedToIds: [isp],
        topicIds: [topicA],
        title: `Export licence for a collaboration, case ${n}`,
      });
      if (n < 5) await answerQuestion(t, ispExpert, question.id, { official: true });
    }
    for (let n = 0; n < 2; n++) {
      await askQuestion(t, asker, {
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [await organisationId(t, 'lunds-universitet')],
        topicIds: [topicB],
      });
    }
    for (let n = 0; n < 3; n++)
      await askQuestion(t, asker, { sharingLevel: 'AMBER_STRICT', topicIds: [topicC] });
    for (let n = 0; n < 1; n++)
      await askQuestion(t, asker, {
        sharingLevel: 'RED',
        directedToIds: [isp],
        topicIds: [topicC],
      });
  });

  afterAll(() => t.close());

  it('answers admins and authority experts, and FORBIDDEN to members and moderators', async () => {
    for (const [query, variables] of [
      [TABLE, byYear('TOPIC')],
      [CSV, byYear('TOPIC')],
      [UNANSWERED, { input: range }],
      [AUTHORITIES, { input: range }],
    ] as const) {
      for (const reader of [admin, ispExpert]) {
        const result = await t.gql(query, variables, reader.accessToken);
        expect(result.errors).toBeUndefined();
      }
      for (const outsider of [member, moderator]) {
        const result = await t.gql(query, variables, outsider.accessToken);
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      expect(errorCode(await t.gql(query, variables))).toBe('UNAUTHENTICATED');
    }
  });

  it('by topic: a small cell is hidden, and restricted items are not there at all', async () => {
    const { data } = await t.gql<{ insightTable: Table }>(
      TABLE,
      byYear('TOPIC'),
      admin.accessToken,
    );
    const rows = new Map(data!.insightTable.rows.map((row) => [row.key, row]));
    expect(rows.get(topicA)).toMatchObject({ counts: [6], total: 6 });
    expect(rows.get(topicB)).toMatchObject({ counts: [null], total: null });
    // Topic C has only AMBER_STRICT and RED questions: they are counted in their band only.
    expect(rows.has(topicC)).toBe(false);
    // An item may have several topics, so column sums would double count: none published.
    expect(data!.insightTable.columnTotals).toBeNull();
    expect(data!.insightTable.minimumCount).toBe(5);
  });

  it('by level band: the restricted count cannot be worked out from the totals', async () => {
    const { data } = await t.gql<{ insightTable: Table }>(
      TABLE,
      byYear('LEVEL_BAND'),
      admin.accessToken,
    );
    const table = data!.insightTable;
    const band = (key: string) => table.rows.find((row) => row.key === key)!;
    expect(table.rows.map((row) => row.key)).toEqual(['COMMUNITY', 'AMBER', 'RESTRICTED']);
    expect(band('COMMUNITY').counts).toEqual([0]);
    expect(band('RESTRICTED').counts).toEqual([null]);
    expect(band('RESTRICTED').total).toBeNull();
    // The attacker: the period's total minus every other band. With AMBER shown that would give
    // the restricted count (12 − 0 − 8 = 4); the complementary suppression hides AMBER too.
    const column = table.columnTotals![0];
    const others = table.rows.filter((row) => row.key !== 'RESTRICTED').map((row) => row.counts[0]);
    expect(column).toBe(12);
    expect(others).toContain(null);
    expect(table.grandTotal).toBe(12);
    const rowTotals = table.rows.filter((row) => row.key !== 'RESTRICTED').map((row) => row.total);
    expect(rowTotals).toContain(null);
  });

  it('the CSV holds the same published figures, hidden ones as ".."', async () => {
    const { data } = await t.gql<{ insightTableCsv: string }>(
      CSV,
      byYear('TOPIC'),
      admin.accessToken,
    );
    const lines = data!.insightTableCsv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(`key,label,${year},Totalt`);
    expect(lines.find((line) => line.startsWith(topicA))).toMatch(/,6,6$/);
    expect(lines.find((line) => line.startsWith(topicB))).toMatch(/,\.\.,\.\.$/);
    expect(lines.some((line) => line.startsWith(topicC))).toBe(false);
  });

  it('answer times per authority: hidden small counts, restricted questions only counted', async () => {
    const { data } = await t.gql<{ authorityResponseFigures: Record<string, unknown>[] }>(
      AUTHORITIES,
      { input: range },
      ispExpert.accessToken,
    );
    const figures = data!.authorityResponseFigures.find((row) => row.organisationId === isp)!;
    // 6 directed: 5 answered at once (within target), 1 unanswered. The 1 is hidden, and so is
    // the answered count that would give it away (6 − 5); the timing needs a shown count.
    expect(figures).toMatchObject({
      directed: 6,
      unanswered: null,
      answered: null,
      answeredLate: 0,
      overdue: 0,
      medianWorkingDaysToAnswer: null,
      restrictedDirected: null,
    });
    expect(figures.answeredWithinTarget).toBeNull();
  });

  it('what is asked and has no answer, per topic, with small counts hidden', async () => {
    const { data } = await t.gql<{ unansweredByTopic: Table }>(
      UNANSWERED,
      { input: range },
      admin.accessToken,
    );
    const rows = new Map(data!.unansweredByTopic.rows.map((row) => [row.key, row]));
    // Topic A has one unanswered question and topic B two: both hidden. C's are restricted.
    expect(rows.get(topicA)?.counts).toEqual([null]);
    expect(rows.get(topicB)?.counts).toEqual([null]);
    expect(rows.has(topicC)).toBe(false);
  });

  it('bad ranges are BAD_USER_INPUT, never a database error', async () => {
    const backwards = await t.gql(
      TABLE,
      { input: { from: `${year}-05-01`, to: `${year}-01-01`, dimension: 'TOPIC', period: 'YEAR' } },
      admin.accessToken,
    );
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    const tooManyMonths = await t.gql(
      TABLE,
      { input: { from: '2020-01-01', to: '2026-01-01', dimension: 'TOPIC', period: 'MONTH' } },
      admin.accessToken,
    );
    expect(errorCode(tooManyMonths)).toBe('BAD_USER_INPUT');
    const impossibleDate = await t.gql(
      TABLE,
      { input: { from: '2026-02-30', to: '2027-01-01', dimension: 'TOPIC', period: 'YEAR' } },
      admin.accessToken,
    );
    expect(errorCode(impossibleDate)).toBe('BAD_USER_INPUT');
  });

  it('counts only what is live: an item sent to moderation leaves the figures', async () => {
    const before = await t.gql<{ insightTable: Table }>(
      TABLE,
      byYear('LEVEL_BAND'),
      admin.accessToken,
    );
    await t.app
      .get(DataSource)
      .query(`UPDATE question SET hidden_at = now() WHERE $1 = ANY (topic_ids)`, [topicA]);
    const after = await t.gql<{ insightTable: Table }>(
      TABLE,
      byYear('LEVEL_BAND'),
      admin.accessToken,
    );
    expect(before.data!.insightTable.grandTotal).toBe(12);
    expect(after.data!.insightTable.grandTotal).toBe(6);
  });
});
