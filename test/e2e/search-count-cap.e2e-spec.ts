// SPDX-License-Identifier: EUPL-1.2
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { Role } from 'src/graph/auth/role.enum';
import { flatFacets, hitIds, search, type SearchResultsResult } from 'test/helpers/search-client';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { MeilisearchStandIn } from 'test/integration/meilisearch/meilisearch-stand-in';
import { DataSource } from 'typeorm';
import { captureStatements } from 'test/bench/sql-capture';

/** A small cap, so that a handful of items goes past it. */
const CAP = 3;
const BELOW = 'tundrasluss';
const ABOVE = 'permafrostsluss';
/** In most documents, so that PostgreSQL walks the date index for the newest matches. */
const COMMON = 'isbrytarsluss';
/**
 * Enough COMMON documents that the planner's estimates choose the walk with a cap of 3 (a word
 * in more than a fifth of the documents is always walked: 34 of the 43 documents here).
 */
const COMMON_COUNT = 32;

type EngineName = 'postgres' | 'meilisearch';

interface Engine {
  /** Two API processes on one database and index: one with the small cap, one with the default. */
  start(): Promise<{ capped: TestApp; uncapped: TestApp; cleanUp: () => Promise<void> }>;
}

const engines: [EngineName, Engine][] = [
  [
    'postgres',
    {
      async start() {
        const capped = await startTestApp({ worker: false, env: { SEARCH_COUNT_CAP: `${CAP}` } });
        const uncapped = await startTestApp({ worker: false, database: capped.database });
        return { capped, uncapped, cleanUp: () => Promise.resolve() };
      },
    },
  ],
  [
    'meilisearch',
    {
      // Against MEILI_URL when set, else the loopback stand-in (search-contract.e2e-spec.ts).
      async start() {
        const namespace = `cap${Date.now().toString(36)}${process.pid}`;
        const standIn = process.env.MEILI_URL
          ? null
          : new MeilisearchStandIn(`${namespace}-content`);
        const url = process.env.MEILI_URL ?? (await standIn!.start());
        const env = {
          MEILI_URL: url,
          ...(process.env.MEILI_API_KEY ? { MEILI_API_KEY: process.env.MEILI_API_KEY } : {}),
        };
        const capped = await startTestApp({
          worker: false,
          queueNamespace: namespace,
          env: { ...env, SEARCH_COUNT_CAP: `${CAP}` },
        });
        const uncapped = await startTestApp({
          worker: false,
          queueNamespace: namespace,
          database: capped.database,
          env,
        });
        return { capped, uncapped, cleanUp: async () => void (await standIn?.stop()) };
      },
    },
  ],
];

/** What a reader is told: hits, count, flags and facets (the parts that must not move). */
const answer = (result: SearchResultsResult) => ({
  hits: hitIds(result),
  totalCount: result.totalCount,
  totalCountIsExact: result.totalCountIsExact,
  facetCountsAreExact: result.facetCountsAreExact,
  facets: flatFacets(result.facets),
});

describe.each(engines)('Search count cap: %s (e2e)', (engineName, engine) => {
  let capped: TestApp;
  let uncapped: TestApp;
  let cleanUp: () => Promise<void>;
  let author: SignedInMember;
  let moderator: SignedInMember;
  let reader: SignedInMember;
  const above: string[] = [];

  const find = (t: TestApp, query: string, options = {}, who = reader) =>
    search(t, query, { first: 100, ...options }, who.accessToken);
  const write = (title: string, overrides: Record<string, unknown> = {}) =>
    publishedCase(capped, author, moderator, { language: 'SV', title, ...overrides });
  const index = () => capped.app.get(SearchIndexer).reindexAll();

  beforeAll(async () => {
    ({ capped, uncapped, cleanUp } = await engine.start());
    author = await signedInMember(capped, { organisationSlug: 'kth' });
    moderator = await signedInMember(capped, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    reader = await signedInMember(capped, { organisationSlug: 'uppsala-universitet' });
    for (let i = 1; i <= CAP; i += 1)
      await write(`En ${BELOW} vid fältstation ${i}`, { countryCodes: [i % 2 ? 'NO' : 'IS'] });
    for (let i = 1; i <= CAP + 2; i += 1)
      above.push((await write(`En ${ABOVE} vid mätstation ${i}`, { year: 2020 + i })).id);
    await index();
  }, 180_000);

  afterAll(async () => {
    await uncapped?.close({ keepDatabase: true });
    await capped?.close();
    await cleanUp?.();
  });

  it('counts exactly up to the cap, as without one', async () => {
    const result = await find(capped, BELOW);
    expect(result).toMatchObject({
      totalCount: CAP,
      totalCountIsExact: true,
      facetCountsAreExact: true,
    });
    expect(result.facets.types).toEqual([{ value: 'CASE', count: CAP }]);
    for (const sort of ['RELEVANCE', 'NEWEST'])
      expect(answer(await find(capped, BELOW, { sort }))).toEqual(
        answer(await find(uncapped, BELOW, { sort })),
      );
  });

  it('answers the cap, flagged as not exact, past it', async () => {
    const all = await find(uncapped, ABOVE);
    expect(all).toMatchObject({ totalCount: CAP + 2, totalCountIsExact: true });
    const result = await find(capped, ABOVE);
    expect(result).toMatchObject({ totalCount: CAP, totalCountIsExact: false });
    if (engineName === 'postgres') {
      // Ranked, counted and faceted within the cap's newest readable matches; paging ends there.
      expect(result.facetCountsAreExact).toBe(false);
      expect(result.facets.types).toEqual([{ value: 'CASE', count: CAP }]);
      expect(hitIds(await find(capped, ABOVE, { sort: 'NEWEST' }))).toEqual(
        above.slice(-CAP).reverse(),
      );
      expect(new Set(hitIds(result))).toEqual(new Set(above.slice(-CAP)));
    } else {
      // Meilisearch counts every match's facets in page mode, and pages on past the cap.
      expect(result.facetCountsAreExact).toBe(true);
      expect(flatFacets(result.facets)).toEqual(flatFacets(all.facets));
      expect(hitIds(result).sort()).toEqual([...above].sort());
    }
  });

  it('moves no hit, count, flag or facet when an unreadable matching item is added', async () => {
    const queries = [BELOW, ABOVE];
    const answers = (who: SignedInMember) =>
      Promise.all(
        queries.flatMap((query) =>
          ['RELEVANCE', 'NEWEST'].map(async (sort) =>
            answer(await find(capped, query, { sort }, who)),
          ),
        ),
      );
    const before = await answers(reader);
    // RED for the moderator alone, newest of all: the reader's organisation is outside it.
    const unreadable = await write(`Ett ${BELOW} och en ${ABOVE} i en intern rapport`, {
      sharingLevel: 'RED',
      recipientMemberIds: [moderator.id],
    });
    await index();
    expect(await answers(reader)).toEqual(before);
    // It is indexed and counts for its author, so the comparison above could fail.
    const [authorBelow] = await answers(author);
    expect(authorBelow!.hits).toContain(unreadable.id);
    expect(authorBelow).toMatchObject({ totalCount: CAP, totalCountIsExact: false });
  }, 60_000);

  // PostgreSQL finds the newest matches of a word in most documents by walking the date index
  // instead of through the text index (PostgresSearchEngine.run); the answer must be the same.
  (engineName === 'postgres' ? it : it.skip)(
    'walks the date index for a word in most documents, with the same answer',
    async () => {
      const common: string[] = [];
      for (let i = 1; i <= COMMON_COUNT; i += 1)
        common.push((await write(`Ett ${COMMON} vid station ${i}`)).id);
      // The newest two are unreadable for the reader: the walk must pass them by.
      for (let i = 1; i <= 2; i += 1)
        await write(`Ett ${COMMON} i en intern rapport ${i}`, {
          sharingLevel: 'RED',
          recipientMemberIds: [moderator.id],
        });
      await index();
      const dataSource = capped.app.get(DataSource);
      // The estimates come from the statistics: gather them now, as autovacuum would.
      await dataSource.query('ANALYZE search_document');
      const newest = common.slice(-CAP).reverse();
      for (const sort of ['RELEVANCE', 'NEWEST']) {
        const { result, statements } = await captureStatements(dataSource, () =>
          find(capped, COMMON, { sort }),
        );
        expect(statements.some((s) => s.sql.includes('walk AS MATERIALIZED'))).toBe(true);
        expect(result).toMatchObject({ totalCount: CAP, totalCountIsExact: false });
        expect(result.facets.types).toEqual([{ value: 'CASE', count: CAP }]);
        const ids = hitIds(result);
        expect(sort === 'NEWEST' ? ids : [...ids].sort()).toEqual(
          sort === 'NEWEST' ? newest : [...newest].sort(),
        );
      }
      // Without the cap every readable match is found through the text index, counted exactly.
      expect(await find(uncapped, COMMON)).toMatchObject({
        totalCount: COMMON_COUNT,
        totalCountIsExact: true,
      });
    },
    180_000,
  );
});
