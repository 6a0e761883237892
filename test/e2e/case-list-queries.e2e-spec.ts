// SPDX-License-Identifier: EUPL-1.2
import { DataSource, type Logger } from 'typeorm';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/** Nobody else in this file's database writes cases of this year. */
const YEAR = 2021;
const CASE_COUNT = 100;
const AUTHOR_ORGANISATIONS = ['kth', 'lunds-universitet', 'chalmers', 'uppsala-universitet'];
const COUNTRIES = ['CN', 'US', 'DE', 'IN', 'BR', 'RU', 'JP', 'KR', 'IR', 'SA', 'TR', 'ZA'];

const PAGE = `query($first: Int!, $filter: CaseFilterInput) {
  cases(first: $first, filter: $filter) {
    totalCount
    edges { node {
      id
      riskAreas { name } collaborationTypes { name } countries { name } organisation { name }
      authorName authorLabel context { html }
    } }
  }
}`;

interface PageNode {
  id: string;
  riskAreas: { name: string }[];
  collaborationTypes: { name: string }[];
  countries: { name: string }[];
  organisation: { name: string } | null;
  authorName: string | null;
  authorLabel: string;
  context: { html: string };
}

/**
 * A page of cases with its nested taxonomy, countries, organisations and authors costs a fixed
 * number of SQL statements, whatever its size: nested fields come from memory or per-request
 * DataLoaders, never a query per row (STYLE.md, "How a request flows").
 *
 * Statements are counted at TypeORM's query logger: every `PostgresQueryRunner.query` (and
 * `stream`) in TypeORM 1.1 calls `dataSource.logger.logQuery` before it runs the statement,
 * whether or not logging is enabled, so wrapping that method sees every statement the app sends
 * through its DataSource (transaction control included). Nothing else runs in the app meanwhile:
 * it is started without the worker.
 */
describe('cases: a page of 5 and a page of 100 issue the same number of SQL statements (e2e)', () => {
  let t: TestApp;
  let logger: Logger;
  let originalLogQuery: Logger['logQuery'];
  let recording: string[] | null = null;
  let reader: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    reader = await signedInMember(t, { organisationSlug: 'sakerhetspolisen', locale: Locale.EN });
    const authors: SignedInMember[] = [];
    for (const [i, organisationSlug] of AUTHOR_ORGANISATIONS.entries()) {
      authors.push(await signedInMember(t, { organisationSlug, displayName: `Author ${i + 1}` }));
    }
    const topics = t.app.get(TopicsService);
    const riskAreas = await topics.list(TopicKind.RISK_AREA);
    const collaborationTypes = await topics.list(TopicKind.COLLABORATION_TYPE);
    const pick = <T>(items: readonly T[], start: number, count: number): T[] =>
      Array.from({ length: count }, (_, k) => items[(start + k) % items.length]!);

    // Through the API (create, submit, approve: 300 requests), four at a time.
    const started = Date.now();
    let next = 0;
    const insertOne = async (i: number) =>
      publishedCase(t, authors[i % authors.length]!, moderator, {
        title: `Query count case ${i + 1}`,
        year: YEAR,
        sharingLevel: 'CLEAR',
        attribution: 'NAMED',
        riskAreaIds: pick(riskAreas, i, 3).map((topic) => topic.id),
        collaborationTypeIds: pick(collaborationTypes, i, 2).map((topic) => topic.id),
        countryCodes: pick(COUNTRIES, i, 3),
      });
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < CASE_COUNT) await insertOne(next++);
      }),
    );
    console.log(
      `Inserted ${CASE_COUNT} published cases through the API in ${Date.now() - started} ms`,
    );

    logger = t.app.get(DataSource).logger;
    originalLogQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      recording?.push(query);
      originalLogQuery(query, parameters, queryRunner);
    };
  }, 120_000);

  afterAll(async () => {
    if (logger && originalLogQuery) logger.logQuery = originalLogQuery;
    await t?.close();
  });

  /** Sends one `cases` request and returns its nodes and the statements it issued. */
  async function page(first: number, token?: string) {
    recording = [];
    const result = await t.gql<{ cases: { totalCount: number; edges: { node: PageNode }[] } }>(
      PAGE,
      { first, filter: { years: [YEAR] } },
      token,
    );
    const statements = recording;
    recording = null;
    if (!result.data) throw new Error(`cases failed: ${JSON.stringify(result.errors)}`);
    return {
      totalCount: result.data.cases.totalCount,
      nodes: result.data.cases.edges.map((edge) => edge.node),
      statements,
    };
  }

  it.each([
    { viewer: 'a visitor', token: (): string | undefined => undefined },
    { viewer: 'a signed-in member', token: () => reader.accessToken },
  ])('for $viewer', async ({ viewer, token }) => {
    await page(5, token()); // warm-up: anything loaded once per process is loaded now
    const small = await page(5, token());
    const large = await page(100, token());
    console.log(
      `SQL statements for cases(first: 5) and cases(first: 100) as ${viewer}: ` +
        `${small.statements.length} and ${large.statements.length}\n` +
        large.statements.map((sql) => `  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'),
    );

    expect(small.statements.length).toBeGreaterThan(0);
    expect(small.nodes).toHaveLength(5);
    expect(large.nodes).toHaveLength(CASE_COUNT);
    expect(large.totalCount).toBe(CASE_COUNT);
    expect(new Set(large.nodes.map((node) => node.id)).size).toBe(CASE_COUNT);
    expect(new Set(large.nodes.map((node) => node.organisation?.name)).size).toBe(
      AUTHOR_ORGANISATIONS.length,
    );
    for (const node of large.nodes) {
      expect(node.riskAreas).toHaveLength(3);
      expect(node.collaborationTypes).toHaveLength(2);
      expect(node.countries).toHaveLength(3);
      for (const named of [...node.riskAreas, ...node.collaborationTypes, ...node.countries])
        expect(named.name).toEqual(expect.any(String));
      expect(node.organisation?.name).toEqual(expect.any(String));
      expect(node.authorName).toMatch(/^Author \d$/);
      expect(node.authorLabel).toBe(`${node.authorName}, ${node.organisation?.name}`);
      expect(node.context.html).toContain('<strong>fully funded</strong>');
    }
    expect(large.statements.length).toBe(small.statements.length);
  });

  it('reads the Markdown bodies only when the page asks for them, all in one statement', async () => {
    const record = async (query: string) => {
      recording = [];
      const result = await t.gql(query, { first: 20, filter: { years: [YEAR] } });
      const statements = recording;
      recording = null;
      expect(result.errors).toBeUndefined();
      return statements.filter((sql) => /what_happened|lessons_learned/.test(sql));
    };
    expect(
      await record(`query($first: Int!, $filter: CaseFilterInput) {
      cases(first: $first, filter: $filter) { edges { node { id title summary } } } }`),
    ).toEqual([]);
    const withBodies = await record(`query($first: Int!, $filter: CaseFilterInput) {
      cases(first: $first, filter: $filter) { edges { node { id
        context { html } whatHappened { html } assessment { html } lessonsLearned { html } } } } }`);
    expect(withBodies).toHaveLength(1);
  });

  it("reads a search hit's bodies only when the page asks for them, all in one statement", async () => {
    await t.app.get(SearchIndexer).reindexAll();
    const record = async (fields: string) => {
      recording = [];
      const result = await t.gql<{
        search: { edges: { node: { item: { id?: string; context?: { html: string } } } }[] };
      }>(`query { search(query: "Query count case", first: 20) {
        edges { node { item { ... on Case { id ${fields} } } } } } }`);
      const statements = recording;
      recording = null;
      expect(result.errors).toBeUndefined();
      const items = result.data!.search.edges.map((edge) => edge.node.item);
      expect(items.length).toBeGreaterThan(1);
      return {
        items,
        bodies: statements.filter((sql) => /what_happened|lessons_learned/.test(sql)),
      };
    };
    expect((await record('title')).bodies).toEqual([]);
    const withBodies = await record('context { html } lessonsLearned { html }');
    expect(withBodies.bodies).toHaveLength(1);
    for (const item of withBodies.items) expect(item.context?.html).toContain('fully funded');
  });
});
