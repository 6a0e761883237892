// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { LexemeShares } from 'src/modules/search/postgres/lexeme-shares';
import { WALK_COLUMNS } from 'src/modules/search/postgres/postgres-search.engine';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember } from 'test/factories/member.factory';
import { hitIds, search } from 'test/helpers/search-client';
import { sql } from 'test/helpers/sql';
import { startTestApp, type TestApp } from 'test/helpers/test-app';
import { captureStatements } from 'test/bench/sql-capture';

const PAGE = 8192;
const DOCUMENTS = 30;

/** About 3 KB of varied words (numbered so no two documents compress alike). */
function longText(n: number): string {
  const words = ['partnern', 'utrustning', 'avtalet', 'laboratorium', 'export', 'granskning'];
  return Array.from({ length: 360 }, (_, i) => `${words[(i * 7 + n) % words.length]}${i}`).join(
    ' ',
  );
}

/**
 * Search documents keep their texts out of line (the SearchDocumentNarrowRows migration) and
 * their vector in the row (SearchVectorInRow), so that matching and ranking read no TOAST; the
 * walk tests access and filters on the date index, which carries those columns.
 */
describe('Search document rows (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    const author = await signedInMember(t, { organisationSlug: 'kth' });
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    for (let n = 0; n < DOCUMENTS; n += 1)
      await publishedCase(t, author, moderator, {
        title: `Fältstation ${n}`,
        whatHappened: longText(n),
      });
    await t.app.get(SearchIndexer).reindexAll();
  }, 180_000);

  afterAll(() => t?.close());

  it(`holds ${DOCUMENTS} documents with their vectors in the row and their texts out of line`, async () => {
    await sql(t, 'VACUUM FULL search_document');
    const [row] = await sql<{
      rows: number;
      heap: string;
      toast: string;
      vectors: number;
      bodies: number;
      texts: number;
    }>(
      t,
      `SELECT count(*)::int AS rows, pg_relation_size('search_document') AS heap,
              pg_relation_size((SELECT reltoastrelid FROM pg_class
                                 WHERE oid = 'search_document'::regclass)) AS toast,
              sum(pg_column_size(search_vector))::int AS vectors,
              sum(pg_column_size(body))::int AS bodies,
              sum(octet_length(body))::int AS texts FROM search_document`,
    );
    expect(row!.rows).toBe(DOCUMENTS);
    expect(row!.texts).toBeGreaterThan(DOCUMENTS * 3000);
    // The vectors fill the heap (out of line, these rows took two pages), a row a page at most…
    expect(Number(row!.heap)).toBeGreaterThanOrEqual(row!.vectors);
    expect(Number(row!.heap)).toBeLessThanOrEqual(DOCUMENTS * PAGE);
    // …and TOAST holds the texts, not the vectors.
    expect(Number(row!.toast)).toBeGreaterThanOrEqual(row!.bodies);
    expect(Number(row!.toast)).toBeLessThan(row!.vectors);
  });

  it('keeps the columns a search reads for every match, and the vector, in the row', async () => {
    const columns = await sql<{ attname: string; attstorage: string }>(
      t,
      `SELECT attname, attstorage FROM pg_attribute
        WHERE attrelid = 'search_document'::regclass AND attstorage IN ('x', 'm') AND attnum > 0
        ORDER BY attname`,
    );
    // Only the texts may move out of line before the row outgrows its page.
    expect(columns.filter((c) => c.attstorage === 'x').map((c) => c.attname)).toEqual([
      'answers',
      'body',
      'summary',
      'title',
    ]);
    expect(columns.find((c) => c.attname === 'search_vector')?.attstorage).toBe('m');
  });

  it('walks the date index alone for access and filters, and reads the rows of those that pass', async () => {
    // Every column the walk tests is in its date index (WALK_COLUMNS, SearchVectorInRow).
    const [index] = await sql<{ columns: string[] }>(
      t,
      `SELECT array_agg(a.attname::text ORDER BY a.attname) AS columns
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indexrelid = 'search_document_walk_idx'::regclass`,
    );
    expect(index!.columns).toEqual([...WALK_COLUMNS].sort());

    // "Fältstation" is in every title: a word in more than a fifth of the documents is walked.
    await sql(t, 'VACUUM ANALYZE search_document');
    const reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    const dataSource = t.app.get(DataSource);
    const { result, statements } = await captureStatements(dataSource, () =>
      search(t, 'Fältstation', { first: 50 }, reader.accessToken),
    );
    expect(hitIds(result)).toHaveLength(DOCUMENTS);
    const walk = statements.find((s) => s.sql.includes('walk AS MATERIALIZED'));
    expect(walk).toBeDefined();
    const plan = (
      await dataSource.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${walk!.sql}`, walk!.params)
    )
      .map((line) => line['QUERY PLAN'])
      .join('\n');
    expect(plan).toMatch(/Index Only Scan using search_document_walk_idx/);
  });

  it('keeps statistics on 5 000 lexemes, so that a word outside the top 1 000 is not guessed', async () => {
    const [column] = await sql<{ target: number }>(
      t,
      `SELECT attstattarget AS target FROM pg_attribute
        WHERE attrelid = 'search_document'::regclass AND attname = 'search_vector'`,
    );
    expect(column!.target).toBe(500);
  });

  // choosePath raises the planner's estimate of words that go together towards this bound.
  it("bounds what a query can match by ANALYZE's share of its rarest word", async () => {
    await sql(t, 'ANALYZE search_document');
    const [query] = await sql<{ every: string; some: string }>(
      t,
      `SELECT plainto_tsquery('samrad_en', 'fältstation')::text AS every,
              plainto_tsquery('samrad_en', 'partnern0')::text AS some`,
    );
    const { every, some } = query!;
    const shares = new LexemeShares(t.app.get(DataSource));
    // Every (English) title says "Fältstation"; "partnern0" begins every sixth body (longText).
    expect(await shares.bound([every])).toBe(1);
    const sixth = await shares.bound([some]);
    expect(sixth).toBeCloseTo(DOCUMENTS / 6 / DOCUMENTS, 5);
    expect(await shares.bound([`${every} & ${some}`])).toBe(sixth);
    expect(await shares.bound([`${every} <-> ${some}`])).toBe(sixth);
    expect(await shares.bound([`${some} | ${some}`])).toBeCloseTo(2 * sixth!, 5);
    // A prefix's lexemes are not in the statistics: no bound.
    expect(await shares.bound([`${some}:*`])).toBeNull();
  });

  it('still finds and highlights a word deep in a body', async () => {
    const reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    const result = await search(t, 'granskning352', { first: 50 }, reader.accessToken);
    expect(hitIds(result).length).toBeGreaterThan(0);
    expect(result.edges[0]!.node.snippet).toContain('<mark>granskning352</mark>');
  });
});
