// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import {
  SNIPPET_HEADLINE,
  SNIPPET_TEXT,
  TITLE_HEADLINE,
} from 'src/modules/search/postgres/postgres-search.engine';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { highlightToHtml } from 'src/modules/search/search-text';
import { captureStatements } from 'test/bench/sql-capture';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { search, type SearchResultsResult } from 'test/helpers/search-client';
import { sql } from 'test/helpers/sql';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/**
 * Highlights of Swedish hits (issue 14; the SearchHighlightWords migration): the PostgreSQL
 * engine marks them with `samrad_sv_words` and the query's lexemes spelt out as the words that
 * lexize to them, instead of running every word of every hit through the Hunspell dictionary.
 * The words marked must be those `samrad_sv` marks. Checked against `ts_headline` with
 * `samrad_sv` itself on the same rows: titles (every word shown) exactly; snippets exactly for
 * queries without compound parts, and for those (where the two choose passages by slightly
 * different measures) every mark a word `samrad_sv` marks too.
 */
describe('Search highlights without the dictionary (e2e)', () => {
  let t: TestApp;
  let author: SignedInMember;
  let moderator: SignedInMember;
  let reader: SignedInMember;

  const write = (overrides: Record<string, unknown>) =>
    publishedCase(
      t,
      author,
      moderator,
      { language: 'SV', ...overrides },
      {
        acknowledgeFindings: true,
      },
    );
  const index = () => t.app.get(SearchIndexer).reindexAll();
  const find = (query: string) => search(t, query, { first: 50 }, reader.accessToken);

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    author = await signedInMember(t, { organisationSlug: 'kth' });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    await write({
      title: 'Exportkontrollen av kvantdatorer till universitetets partner',
      summary: 'Universitetens exportkontroll gällde två konton och ett samarbete om forskning.',
      context: 'Forskning och samarbete med ett lärosäte utomlands under 2024.',
      whatHappened:
        'Kontot stängdes. IT-säkerheten granskade e-posten, och samarbetet avslutades efter kontrollen.',
    });
    await write({
      title: 'Ett samarbete om mätdata och kontroller',
      summary: 'Kontrollerna av partnerns konton tog tid; lärosätets forskning fortsatte.',
      context: 'Samarbetet gällde forskning och samarbete kring batterier under 2024.',
      whatHappened: 'Exportkontrollerna var klara innan kontona öppnades igen.',
    });
    await write({
      language: 'EN',
      title: 'Export control of the accounts of a partner university',
      summary: 'The controls on both accounts took weeks; research and collaboration went on.',
    });
    await index();
  }, 180_000);

  afterAll(() => t?.close());

  /** What samrad_sv (or samrad_en) would answer for a hit: its title and snippet, as the API sends them. */
  async function dictionaryHighlights(id: string, query: string) {
    const compile = query.startsWith('"') ? 'phraseto_tsquery' : 'plainto_tsquery';
    const [row] = await sql<{ title: string; snippet: string; whole: string }>(
      t,
      `WITH d AS (SELECT * FROM search_document WHERE content_id = $1),
            c AS (SELECT (CASE d.language WHEN 'SV' THEN 'samrad_sv' ELSE 'samrad_en' END)::regconfig AS config FROM d)
       SELECT ts_headline(c.config, d.title, q.q, '${TITLE_HEADLINE}') AS title,
              ts_headline(c.config, ${SNIPPET_TEXT}, q.q, '${SNIPPET_HEADLINE}') AS snippet,
              ts_headline(c.config, ${SNIPPET_TEXT}, q.q, '${TITLE_HEADLINE}') AS whole
         FROM d, c, LATERAL (SELECT ${compile}(c.config, $2) AS q) q`,
      [id, query.replaceAll('"', '')],
    );
    return {
      title: highlightToHtml(row!.title),
      snippet: highlightToHtml(row!.snippet),
      whole: highlightToHtml(row!.whole),
    };
  }

  const marked = (html: string) =>
    [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase());

  async function expectDictionaryMarks(query: string, snippets: 'exact' | 'same words') {
    const result: SearchResultsResult = await find(query);
    expect(result.didYouMean).toBeNull();
    expect(result.edges.length).toBeGreaterThan(0);
    let marks = 0;
    for (const { node } of result.edges) {
      const expected = await dictionaryHighlights(node.item.id, query);
      expect(node.titleHighlight).toBe(expected.title);
      if (snippets === 'exact') expect(node.snippet).toBe(expected.snippet);
      else for (const word of marked(node.snippet)) expect(marked(expected.whole)).toContain(word);
      marks += marked(node.titleHighlight).length + marked(node.snippet).length;
    }
    expect(marks).toBeGreaterThan(0);
  }

  it.each(['konton', 'kontot', 'samarbetet', 'universitetens', 'lärosätets', '2024', 'accounts'])(
    'marks what the dictionary marks for %j, snippets included',
    async (query) => {
      await expectDictionaryMarks(query, 'exact');
    },
  );

  it.each(['"forskning och samarbete"', 'samarbete forskning'])(
    'marks what the dictionary marks for the several words %j',
    async (query) => {
      await expectDictionaryMarks(query, 'exact');
    },
  );

  it.each(['kontroll', 'exportkontrollerna', 'säkerhet', 'posten'])(
    'marks the words the dictionary marks for %j, compounds and their parts (hyphenated too)',
    async (query) => {
      await expectDictionaryMarks(query, 'same words');
    },
  );

  it('marks the compound and its parts: "kontroll" marks "Exportkontrollen" and "kontrollen"', async () => {
    const result = await find('kontroll');
    const html = result.edges.map((e) => `${e.node.titleHighlight} ${e.node.snippet}`).join(' ');
    expect(marked(html)).toEqual(expect.arrayContaining(['exportkontrollen', 'kontrollen']));
  });

  it('highlights Swedish hits with samrad_sv_words, not the dictionary', async () => {
    const { statements } = await captureStatements(t.app.get(DataSource), () => find('konton'));
    const page = statements.find((s) => s.sql.includes('ts_headline'));
    expect(page?.sql).toContain(`THEN 'samrad_sv_words'`);
    expect(page?.sql).not.toContain(`THEN 'samrad_sv' `);
  });

  it('learns the words of a document indexed later', async () => {
    await write({ title: 'Fjällstationens mätkonton', summary: 'Fjällstationerna delade data.' });
    await index();
    const words = await sql<{ word: string; lexemes: string[] }>(
      t,
      `SELECT word, lexemes FROM search_highlight_word WHERE word IN ('fjällstationens', 'fjällstationerna')`,
    );
    expect(words).toHaveLength(2);
    await expectDictionaryMarks('fjällstation', 'exact');
    const [hit] = (await find('fjällstation')).edges;
    expect(marked(hit!.node.titleHighlight)).toEqual(['fjällstationens']);
  });
});
