// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember } from 'test/factories/member.factory';
import { hitIds, search } from 'test/helpers/search-client';
import { sql } from 'test/helpers/sql';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

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
 * Search documents keep narrow rows (the SearchDocumentNarrowRows migration): their texts and
 * vector live out of line, so a search through the text index reads little per match, while
 * what it reads for every match stays in the row.
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

  it(`holds ${DOCUMENTS} documents of 3 KB in two pages of rows, their texts out of line`, async () => {
    await sql(t, 'VACUUM FULL search_document');
    const [row] = await sql<{ rows: number; heap: string; texts: number }>(
      t,
      `SELECT count(*)::int AS rows, pg_relation_size('search_document') AS heap,
              sum(octet_length(body))::int AS texts FROM search_document`,
    );
    expect(row!.rows).toBe(DOCUMENTS);
    expect(row!.texts).toBeGreaterThan(DOCUMENTS * 3000);
    expect(Number(row!.heap)).toBeLessThanOrEqual(2 * PAGE);
  });

  it('keeps the columns a search reads for every match in the row', async () => {
    const columns = await sql<{ attname: string; attstorage: string }>(
      t,
      `SELECT attname, attstorage FROM pg_attribute
        WHERE attrelid = 'search_document'::regclass AND attstorage = 'x' ORDER BY attname`,
    );
    // Only these may move out of line before the row outgrows its page.
    expect(columns.map((c) => c.attname)).toEqual([
      'answers',
      'body',
      'search_vector',
      'summary',
      'title',
    ]);
  });

  it('keeps statistics on 5 000 lexemes, so that a word outside the top 1 000 is not guessed', async () => {
    const [column] = await sql<{ target: number }>(
      t,
      `SELECT attstattarget AS target FROM pg_attribute
        WHERE attrelid = 'search_document'::regclass AND attname = 'search_vector'`,
    );
    expect(column!.target).toBe(500);
  });

  it('still finds and highlights a word deep in a body', async () => {
    const reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    const result = await search(t, 'granskning352', { first: 50 }, reader.accessToken);
    expect(hitIds(result).length).toBeGreaterThan(0);
    expect(result.edges[0]!.node.snippet).toContain('<mark>granskning352</mark>');
  });
});
