// SPDX-License-Identifier: EUPL-1.2
import { DataSource, type Logger } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { approve, askQuestion } from 'test/factories/question.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;
const MY_FOLLOWS = `{ myFollows { targetType targetId title } }`;

interface FollowRow {
  targetType: string;
  targetId: string;
  title: string | null;
}

/**
 * The follows page names each followed case and question from `Follow.title`: through the
 * access policy (an item the member may no longer read has no title) and in one batched load
 * per kind, not one query per follow (issue 12, the follows page's N+1).
 *
 * Statements are counted at TypeORM's query logger as in case-list-queries.e2e-spec.ts: every
 * statement the app sends through its DataSource passes `logger.logQuery`; the app runs without
 * the worker, so nothing else sends any meanwhile.
 */
describe('Follow.title: readable titles only, in one batched load (e2e)', () => {
  let t: TestApp;
  let logger: Logger;
  let originalLogQuery: Logger['logQuery'];
  let recording: string[] | null = null;
  let author: SignedInMember;
  let moderator: SignedInMember;
  let follower: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    author = await signedInMember(t, { organisationSlug: 'kth' });
    follower = await signedInMember(t, { organisationSlug: 'chalmers' });
    logger = t.app.get(DataSource).logger;
    originalLogQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      recording?.push(query);
      originalLogQuery(query, parameters, queryRunner);
    };
  }, 60_000);

  afterAll(async () => {
    if (logger && originalLogQuery) logger.logQuery = originalLogQuery;
    await t?.close();
  });

  async function follow(targetType: 'CASE' | 'QUESTION', targetId: string) {
    const result = await t.gql(
      FOLLOW,
      { input: { targetType, targetId, frequency: 'DAILY' } },
      follower.accessToken,
    );
    expect(result.errors).toBeUndefined();
  }

  async function followedCase(title: string) {
    const published = await publishedCase(t, author, moderator, { title });
    await follow('CASE', published.id);
    return published.id;
  }

  async function followedQuestion(title: string) {
    const asked = await askQuestion(t, author, { title });
    if (asked.status === 'PENDING_REVIEW') await approve(t, moderator, 'QUESTION', asked.id);
    await follow('QUESTION', asked.id);
    return asked.id;
  }

  /** The follower's follows, and the SQL statements the one request issued. */
  async function myFollows() {
    recording = [];
    const result = await t.gql<{ myFollows: FollowRow[] }>(MY_FOLLOWS, {}, follower.accessToken);
    const statements = recording;
    recording = null;
    if (!result.data) throw new Error(`myFollows failed: ${JSON.stringify(result.errors)}`);
    return { follows: result.data.myFollows, statements };
  }

  const reads = (statements: string[], table: string) =>
    statements.filter((sql) => new RegExp(`FROM "?${table}"?\\b`, 'i').test(sql)).length;

  it('names readable items and gives no title for one the member may no longer read', async () => {
    const caseId = await followedCase('A followed case about a joint laboratory');
    const questionId = await followedQuestion('A followed question about dual-use export rules?');
    const hiddenId = await followedCase('A followed case that a moderator then hides');
    const hidden = await t.gql(
      `mutation($input: ModerateInput!) { moderate(input: $input) { contentId } }`,
      { input: { contentType: 'CASE', contentId: hiddenId, action: 'HIDE', reason: 'Review' } },
      moderator.accessToken,
    );
    expect(hidden.errors).toBeUndefined();
    // The follower cannot read it any more: the same answer as for an unknown id.
    const direct = await t.gql(
      `query($id: ID!) { case(id: $id) { id title } }`,
      { id: hiddenId },
      follower.accessToken,
    );
    expect(direct.data?.case).toBeNull();

    const { follows } = await myFollows();
    const byId = new Map(follows.map((f) => [f.targetId, f]));
    expect(byId.get(caseId)?.title).toBe('A followed case about a joint laboratory');
    expect(byId.get(questionId)?.title).toBe('A followed question about dual-use export rules?');
    expect(byId.get(hiddenId)).toEqual({ targetType: 'CASE', targetId: hiddenId, title: null });
  }, 60_000);

  it('loads the titles of 3 and of 9 follows with the same statements: one per kind', async () => {
    const before = await myFollows();
    for (let i = 0; i < 3; i++) {
      await followedCase(`Another followed case number ${i + 1}`);
      await followedQuestion(`Another followed question number ${i + 1}?`);
    }
    const after = await myFollows();
    expect(after.follows.length).toBe(before.follows.length + 6);
    expect(after.follows.filter((f) => f.title !== null)).toHaveLength(8);
    expect(reads(after.statements, 'case_study')).toBe(1);
    expect(reads(after.statements, 'question')).toBe(1);
    expect(after.statements.length).toBe(before.statements.length);
  }, 120_000);
});
