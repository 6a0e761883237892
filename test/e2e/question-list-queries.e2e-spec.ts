// SPDX-License-Identifier: EUPL-1.2
import { DataSource, type Logger } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import { nodesOf, startTestApp, type TestApp } from 'test/helpers/test-app';

const QUESTION_COUNT = 100;
/** Requests in flight while the data is built: the machine has two cores. */
const CONCURRENCY = 3;
const ASKER_ORGANISATIONS = [
  'kth',
  'goteborgs-universitet',
  'linkopings-universitet',
  'umea-universitet',
];
const AUTHORITIES = [
  'inspektionen-for-strategiska-produkter',
  'sakerhetspolisen',
  'forsvarsmakten',
];
/** Plain members whose answers to community questions wait for a moderator. */
const PLAIN_ANSWERER_ORGANISATIONS = ['lunds-universitet', 'chalmers', 'uppsala-universitet'];
const COUNTRIES = ['CN', 'US', 'DE', 'IN', 'BR', 'RU', 'JP', 'KR', 'IR', 'SA', 'TR', 'ZA'];
const ATTRIBUTIONS = ['NAMED', 'ORGANISATION', 'ANONYMOUS'] as const;

const PAGE = `query($first: Int!) {
  questions(first: $first) {
    totalCount
    edges { node {
      id attribution authorName authorLabel organisation { name }
      topics { name } countries { name } directedTo { name }
      answers { totalCount edges { node {
        id attribution official authorName authorLabel organisation { name }
        helpfulCount viewerHasVoted body { html }
      } } }
    } }
  }
}`;
const VOTE = `mutation($input: VoteAnswerInput!) { voteAnswer(input: $input) { id } }`;

interface AnswerNode {
  id: string;
  attribution: string;
  official: boolean;
  authorName: string | null;
  authorLabel: string;
  organisation: { name: string } | null;
  helpfulCount: number;
  viewerHasVoted: boolean;
  body: { html: string };
}
interface PageNode {
  id: string;
  attribution: string;
  authorName: string | null;
  authorLabel: string;
  organisation: { name: string } | null;
  topics: { name: string }[];
  countries: { name: string }[];
  directedTo: { name: string }[];
  answers: AnswerNode[];
  answerCount: number;
}
type PageNodeAsSent = Omit<PageNode, 'answers' | 'answerCount'> & {
  answers: { totalCount: number; edges: { node: AnswerNode }[] };
};

/**
 * A page of questions with their answers, votes, taxonomy, countries, directed-to organisations
 * and authors costs a fixed number of SQL statements, whatever its size: nested fields come from
 * memory or per-request DataLoaders, never a query per row (STYLE.md, "How a request flows").
 *
 * Statements are counted as in case-list-queries.e2e-spec.ts: TypeORM 1.1 calls
 * `dataSource.logger.logQuery` before every statement its query runners send, logging on or
 * not, so wrapping it sees them all. The app runs without the worker, so nothing else queries.
 */
describe('questions: a page of 5 and a page of 100, with answers, issue the same number of SQL statements (e2e)', () => {
  let t: TestApp;
  let logger: Logger;
  let originalLogQuery: Logger['logQuery'];
  let recording: string[] | null = null;
  let reader: SignedInMember;
  /** Per answer: helpful votes cast, and whether the reader cast one. */
  const votes = new Map<string, { count: number; byReader: boolean }>();
  /** Per question: how many answers it has. */
  const answerCounts = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    reader = await signedInMember(t, {
      organisationSlug: 'stockholms-universitet',
      locale: Locale.EN,
    });
    const voter = await signedInMember(t, { organisationSlug: 'karolinska-institutet' });
    const askers: SignedInMember[] = [];
    for (const [i, organisationSlug] of ASKER_ORGANISATIONS.entries())
      askers.push(await signedInMember(t, { organisationSlug, displayName: `Asker ${i + 1}` }));
    // Answerers, one per organisation: the authorities' experts answer officially and at once.
    const answerers: { member: SignedInMember; official: boolean }[] = [];
    for (const [i, organisationSlug] of AUTHORITIES.entries()) {
      const member = await signedInMember(t, {
        organisationSlug,
        roles: [Role.EXPERT],
        displayName: `Expert ${i + 1}`,
      });
      answerers.push({ member, official: true });
    }
    for (const [i, organisationSlug] of PLAIN_ANSWERER_ORGANISATIONS.entries()) {
      const member = await signedInMember(t, {
        organisationSlug,
        displayName: `Answerer ${i + 1}`,
      });
      answerers.push({ member, official: false });
    }
    const authorityIds = await Promise.all(AUTHORITIES.map((slug) => organisationId(t, slug)));
    const topics = await t.app.get(TopicsService).list();
    const pick = <T>(items: readonly T[], start: number, count: number): T[] =>
      Array.from({ length: count }, (_, k) => items[(start + k) % items.length]!);

    const vote = async (who: SignedInMember, answerId: string) => {
      const result = await t.gql(VOTE, { input: { answerId, helpful: true } }, who.accessToken);
      if (result.errors) throw new Error(`voteAnswer failed: ${JSON.stringify(result.errors)}`);
      const tally = votes.get(answerId)!;
      tally.count += 1;
      if (who === reader) tally.byReader = true;
    };

    // Ask, approve, answer (approving plain members' answers) and vote: about 700 requests.
    const insertOne = async (i: number) => {
      const question = await askQuestion(t, askers[i % askers.length]!, {
        title: `Query count question ${i + 1}`,
        sharingLevel: 'CLEAR',
        attribution: ATTRIBUTIONS[i % ATTRIBUTIONS.length],
        topicIds: pick(topics, i, 2).map((topic) => topic.id),
        countryCodes: pick(COUNTRIES, i, 2),
        directedToIds: [authorityIds[i % authorityIds.length]],
      });
      await approve(t, moderator, 'QUESTION', question.id);
      const count = 2 + (i % 2);
      answerCounts.set(question.id, count);
      const answerIds: string[] = [];
      for (const { member, official } of pick(answerers, i, count)) {
        const answer = await answerQuestion(t, member, question.id, {
          body: 'Check whether the item is listed; if it is, **apply for a licence** first.',
          official,
          attribution: official ? 'ORGANISATION' : ATTRIBUTIONS[(i + 1) % ATTRIBUTIONS.length],
        });
        if (answer.status === 'PENDING_REVIEW') await approve(t, moderator, 'ANSWER', answer.id);
        votes.set(answer.id, { count: 0, byReader: false });
        answerIds.push(answer.id);
      }
      if (i % 2 === 0) await vote(voter, answerIds[0]!);
      if (i % 3 === 0) await vote(reader, answerIds[0]!);
      if (i % 5 === 0) await vote(reader, answerIds[1]!);
    };
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < QUESTION_COUNT) await insertOne(next++);
      }),
    );
    console.log(
      `Inserted ${QUESTION_COUNT} questions with ${votes.size} answers through the API ` +
        `in ${Date.now() - started} ms`,
    );

    logger = t.app.get(DataSource).logger;
    originalLogQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      recording?.push(query);
      originalLogQuery(query, parameters, queryRunner);
    };
  }, 180_000);

  afterAll(async () => {
    if (logger && originalLogQuery) logger.logQuery = originalLogQuery;
    await t?.close();
  });

  /** Sends one `questions` request and returns its nodes and the statements it issued. */
  async function page(first: number, token?: string) {
    recording = [];
    const result = await t.gql<{
      questions: { totalCount: number; edges: { node: PageNodeAsSent }[] };
    }>(PAGE, { first }, token);
    const statements = recording;
    recording = null;
    if (!result.data) throw new Error(`questions failed: ${JSON.stringify(result.errors)}`);
    return {
      totalCount: result.data.questions.totalCount,
      nodes: result.data.questions.edges.map(({ node }): PageNode => ({
        ...node,
        answers: nodesOf(node.answers),
        answerCount: node.answers.totalCount,
      })),
      statements,
    };
  }

  it.each([
    { viewer: 'a visitor', token: (): string | undefined => undefined },
    { viewer: 'a signed-in member who voted', token: () => reader.accessToken },
  ])('for $viewer', async ({ viewer, token }) => {
    await page(5, token()); // warm-up: anything loaded once per process is loaded now
    const small = await page(5, token());
    const large = await page(100, token());
    console.log(
      `SQL statements for questions(first: 5) and questions(first: 100) as ${viewer}: ` +
        `${small.statements.length} and ${large.statements.length}\n` +
        large.statements.map((sql) => `  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'),
    );

    expect(small.statements.length).toBeGreaterThan(0);
    expect(small.nodes).toHaveLength(5);
    expect(large.nodes).toHaveLength(QUESTION_COUNT);
    expect(large.totalCount).toBe(QUESTION_COUNT);
    expect(new Set(large.nodes.map((node) => node.id)).size).toBe(QUESTION_COUNT);

    const signedIn = token() !== undefined;
    const answers = large.nodes.flatMap((node) => node.answers);
    expect(answers).toHaveLength(votes.size);
    // Every answering organisation shows up somewhere (each answers NAMED or ORGANISATION once).
    expect(
      new Set(answers.flatMap((a) => (a.organisation ? [a.organisation.name] : []))).size,
    ).toBe(AUTHORITIES.length + PLAIN_ANSWERER_ORGANISATIONS.length);
    expect(answers.filter((a) => a.helpfulCount > 0).length).toBeGreaterThan(0);
    expect(answers.some((a) => a.viewerHasVoted)).toBe(signedIn);

    for (const node of large.nodes) {
      expect(node.topics).toHaveLength(2);
      expect(node.countries).toHaveLength(2);
      expect(node.directedTo).toHaveLength(1);
      for (const named of [...node.topics, ...node.countries, ...node.directedTo])
        expect(named.name).toEqual(expect.any(String));
      expectAuthor(node, /^Asker \d$/);

      expect(node.answers).toHaveLength(answerCounts.get(node.id)!);
      expect(node.answerCount).toBe(answerCounts.get(node.id)!);
      expect(new Set(node.answers.map((a) => a.id)).size).toBe(node.answers.length);
      for (const answer of node.answers) {
        expectAuthor(answer, /^(Expert|Answerer) \d$/);
        if (answer.official) expect(answer.organisation?.name).toEqual(expect.any(String));
        const tally = votes.get(answer.id)!;
        expect({ id: answer.id, helpfulCount: answer.helpfulCount }).toEqual({
          id: answer.id,
          helpfulCount: tally.count,
        });
        expect(answer.viewerHasVoted).toBe(signedIn && tally.byReader);
        expect(answer.body.html).toContain('<strong>apply for a licence</strong>');
      }
    }
    expect(large.statements.length).toBe(small.statements.length);
  });
});

/** The author fields a non-author sees, as the item's attribution allows (DOMAIN §3). */
function expectAuthor(
  item: Pick<PageNode, 'attribution' | 'authorName' | 'authorLabel' | 'organisation'>,
  name: RegExp,
) {
  expect(item.authorLabel).toEqual(expect.any(String));
  expect(item.authorLabel.length).toBeGreaterThan(0);
  switch (item.attribution) {
    case 'NAMED':
      expect(item.authorName).toMatch(name);
      expect(item.organisation?.name).toEqual(expect.any(String));
      expect(item.authorLabel).toBe(`${item.authorName}, ${item.organisation?.name}`);
      break;
    case 'ORGANISATION':
      expect(item.authorName).toBeNull();
      expect(item.authorLabel).toBe(item.organisation?.name);
      break;
    default:
      expect(item.authorName).toBeNull();
      expect(item.organisation).toBeNull();
      expect(item.authorLabel).not.toMatch(name);
  }
}
