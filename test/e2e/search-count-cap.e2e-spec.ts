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
/**
 * Words in about a tenth of the documents: found through the text index within a window of the
 * newest documents. SPREAD is in documents of every age, OLD only in the oldest, so its window
 * holds none and the text index path completes the answer.
 */
const SPREAD = 'vexulidor';
const OLD = 'trombasyk';
/** Only in two documents older than every other, and its misspelling (two letters swapped). */
const OLDEST_ONLY = 'kvarnsylt';
const OLDEST_ONLY_MISSPELT = 'kvarnslyt';
/** Documents without either word, around them, so that each is in about a tenth. */
const FILLER_COUNT = 300;
const WORD_COUNT = 40;

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

  // A word in some of the documents is looked up in the text index within a window of the newest
  // documents (PostgresSearchEngine.choosePath); when the window holds too few readable matches,
  // the text index answers from all of them. Either way the answer is the one without a window.
  (engineName === 'postgres' ? it : it.skip)(
    'searches a window of the newest documents for a less common word, with the same answer',
    async () => {
      const dataSource = capped.app.get(DataSource);
      const day = 24 * 60 * 60 * 1000;
      const oldest = Date.now() - 2 * (FILLER_COUNT + WORD_COUNT) * day;
      // Copies of a readable case, a day apart and older than every case above: the fillers
      // throughout, SPREAD among them, OLD before them all.
      const copies = (title: string, count: number, first: number, every: number) =>
        dataSource.query(
          `INSERT INTO case_study
           SELECT (jsonb_populate_record(c, jsonb_build_object(
             'id', gen_random_uuid(), 'title', $2 || ' ' || g,
             'published_at', to_timestamp(($3::float8 + g * $4::float8 * 86400000) / 1000)))).*
           FROM case_study c CROSS JOIN generate_series(0, $5::int - 1) g WHERE c.id = $1`,
          [above[0], title, first, every, count],
        );
      await copies('Ett äldre fältärende', FILLER_COUNT, oldest + WORD_COUNT * day, 1);
      await copies(
        `Ett ärende om en ${SPREAD}`,
        WORD_COUNT,
        oldest + WORD_COUNT * day + 0.5 * day,
        FILLER_COUNT / WORD_COUNT,
      );
      await copies(`Ett ärende om en ${OLD}`, WORD_COUNT, oldest, 1);
      // The newest two with SPREAD are unreadable for the reader: the window must pass them by.
      for (let i = 1; i <= 2; i += 1)
        await write(`Ett ${SPREAD} i en intern rapport ${i}`, {
          sharingLevel: 'RED',
          recipientMemberIds: [moderator.id],
        });
      await index();
      await dataSource.query('ANALYZE search_document');
      for (const word of [SPREAD, OLD]) {
        const everything = hitIds(await find(uncapped, word, { sort: 'NEWEST' }));
        expect(everything).toHaveLength(WORD_COUNT);
        for (const sort of ['RELEVANCE', 'NEWEST']) {
          const { result, statements } = await captureStatements(dataSource, () =>
            find(capped, word, { sort }),
          );
          expect(statements.some((s) => s.sql.includes('newest_window AS MATERIALIZED'))).toBe(
            true,
          );
          expect(result).toMatchObject({ totalCount: CAP, totalCountIsExact: false });
          expect(result.facets.types).toEqual([{ value: 'CASE', count: CAP }]);
          const newest = everything.slice(0, CAP);
          const ids = hitIds(result);
          expect(sort === 'NEWEST' ? ids : [...ids].sort()).toEqual(
            sort === 'NEWEST' ? newest : [...newest].sort(),
          );
        }
      }
    },
    180_000,
  );

  // A correction is offered only for a word the reader may read (PostgresSearchEngine.correct).
  // Whether one does is asked of a short walk of the newest documents first, then of the text
  // index: here the word is only in documents older than the walk reaches.
  // Meilisearch corrects silently (search-contract.e2e-spec.ts): there is no suggestion to see.
  (engineName === 'postgres' ? it : it.skip)(
    'suggests a word that only documents older than the newest few hold',
    async () => {
      const dataSource = capped.app.get(DataSource);
      const day = 24 * 60 * 60 * 1000;
      const copies = (title: string, count: number, first: number) =>
        dataSource.query(
          `INSERT INTO case_study
         SELECT (jsonb_populate_record(c, jsonb_build_object(
           'id', gen_random_uuid(), 'title', $2 || ' ' || g,
           'published_at', to_timestamp(($3::float8 + g * 60000) / 1000)))).*
         FROM case_study c CROSS JOIN generate_series(0, $4::int - 1) g WHERE c.id = $1`,
          [above[0], title, first, count],
        );
      await copies(`Ett ärende om en ${OLDEST_ONLY}`, 2, Date.now() - 20 * 365 * day);
      // More newer documents than the walk looks at (READABLE_MATCH_WALK, 200), all readable.
      await copies('Ett nyare fältärende', 250, Date.now() - day);
      await index();
      const misspelt = await find(capped, OLDEST_ONLY_MISSPELT);
      expect(misspelt.didYouMean).toBe(OLDEST_ONLY);
      expect(misspelt.totalCount).toBe(2);
    },
    180_000,
  );
});
