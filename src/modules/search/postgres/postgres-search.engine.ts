// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from 'src/graph/auth/viewer';
import { AppConfig } from 'src/config/app-config';
import { Errors } from 'src/graph/errors/app-error';
import { decodeCursor, encodeCursor } from 'src/graph/pagination/cursor';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { CASE, QUESTION } from 'src/modules/access-policy/content-kinds';
import {
  documentFingerprint,
  type FacetCount,
  type SearchDocument,
  type SearchEngine,
  type SearchFacets,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from 'src/modules/search/engine/search-engine';
import {
  highlightToHtml,
  MARK_END,
  MARK_START,
  searchableText,
  vocabulary,
} from 'src/modules/search/search-text';
import { isUuid } from 'src/common/uuid';
import { editDistance } from 'src/modules/search/language/edit-distance';
import { highlightQuery, tsQueryLexemes } from 'src/modules/search/language/highlight-query';
import {
  parseSearchQuery,
  withSynonyms,
  type ParsedQuery,
  type QueryTerm,
} from 'src/modules/search/language/search-query';
import { SearchEngineName } from 'src/modules/search/engine/search-engine-name';
import { PublishedHistogram, windowStart } from 'src/modules/search/postgres/date-window';
import { LexemeShares } from 'src/modules/search/postgres/lexeme-shares';

const UPSERT_BATCH = 500;

/**
 * PostgreSQL full-text search, the embedded default. Documents live in `search_document`
 * with a copy of their case's or question's access keys, which triggers rewrite in the same
 * transaction as any change to them (the SearchAccessKeys migration); who may read a hit is
 * decided by ContentAccess's condition (the access policy's SQL) over that copy, so hits, counts and facets follow the
 * current sharing level at once, without joining the content tables for every match.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = SearchEngineName.POSTGRES;

  private readonly countCap: number;
  private readonly publishedHistogram: PublishedHistogram;
  private readonly lexemeShares: LexemeShares;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
    config: AppConfig,
  ) {
    this.countCap = config.env.SEARCH_COUNT_CAP;
    this.publishedHistogram = new PublishedHistogram(dataSource);
    this.lexemeShares = new LexemeShares(dataSource);
  }

  async prepare(): Promise<void> {
    // The migrations create everything; nothing to do at start-up.
  }

  /** One statement per batch of documents (unnest of parallel arrays), and one for the words. */
  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += UPSERT_BATCH) {
      await this.upsertBatch(documents.slice(i, i + UPSERT_BATCH));
    }
  }

  private async upsertBatch(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const column = <T>(pick: (d: SearchDocument) => T) => documents.map(pick);
    const text = (pick: (d: SearchDocument) => string) => column((d) => searchableText(pick(d)));
    // Arrays of arrays cannot be unnested into rows directly; they travel as JSON.
    const json = (pick: (d: SearchDocument) => string[]) => column((d) => JSON.stringify(pick(d)));
    // The access keys come from the source rows, locked (FOR SHARE) for the statement, never
    // from the document, which was read earlier: a level narrowed since then must not be
    // overwritten, and one being narrowed now waits for this statement (or this statement for
    // it). The triggers of the SearchAccessKeys migration keep them in step afterwards.
    await this.dataSource.query(
      `WITH source AS (
         SELECT * FROM (SELECT 'CASE'::content_type AS content_type, c.id, ${accessKeys('c', false)}
           FROM case_study c WHERE c.id = ANY($15::uuid[]) ORDER BY c.id FOR SHARE) cases
         UNION ALL
         SELECT * FROM (SELECT 'QUESTION'::content_type, qu.id, ${accessKeys('qu', true)}
           FROM question qu WHERE qu.id = ANY($16::uuid[]) ORDER BY qu.id FOR SHARE) questions
       )
       INSERT INTO search_document AS d (key, content_type, content_id, language, title, summary,
         body, answers, topic_ids, country_codes, outcome, year, published_at, fingerprint,
         search_vector, ${ACCESS_KEY_COLUMNS.join(', ')})
       SELECT v.key, s.content_type, s.id, v.language::locale,
         v.title, v.summary, v.body, v.answers,
         ARRAY(SELECT jsonb_array_elements_text(v.topic_ids::jsonb))::uuid[],
         ARRAY(SELECT jsonb_array_elements_text(v.country_codes::jsonb))::char(2)[],
         v.outcome, v.year, v.published_at::timestamptz, v.fingerprint,
         setweight(to_tsvector(v.config, v.title), 'A') ||
         setweight(to_tsvector(v.config, v.summary), 'B') ||
         setweight(to_tsvector(v.config, v.body), 'C') ||
         setweight(to_tsvector(v.config, v.answers), 'D'),
         ${ACCESS_KEY_COLUMNS.map((column) => `s.${column}`).join(', ')}
       FROM (
         SELECT u.*, (CASE u.language WHEN 'SV' THEN 'samrad_sv' ELSE 'samrad_en' END)::regconfig AS config
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
           $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[],
           $14::text[])
           AS u(key, content_type, content_id, language, title, summary, body, answers, topic_ids,
             country_codes, outcome, year, published_at, fingerprint)
       ) v
       JOIN source s ON s.content_type::text = v.content_type AND s.id = v.content_id::uuid
       ON CONFLICT (key) DO UPDATE SET language = EXCLUDED.language, title = EXCLUDED.title,
         summary = EXCLUDED.summary, body = EXCLUDED.body, answers = EXCLUDED.answers,
         topic_ids = EXCLUDED.topic_ids, country_codes = EXCLUDED.country_codes,
         outcome = EXCLUDED.outcome, year = EXCLUDED.year, published_at = EXCLUDED.published_at,
         fingerprint = EXCLUDED.fingerprint, search_vector = EXCLUDED.search_vector,
         ${ACCESS_KEY_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ')},
         indexed_at = now()`,
      [
        column((d) => d.key),
        column((d) => d.type),
        column((d) => d.id),
        column((d) => d.language),
        text((d) => d.title),
        text((d) => d.summary),
        text((d) => d.body),
        text((d) => d.answers),
        json((d) => d.topicIds),
        json((d) => d.countryCodes),
        column((d) => d.outcome),
        column((d) => d.year),
        column((d) => d.publishedAt),
        column(documentFingerprint),
        idsOf(documents, 'CASE'),
        idsOf(documents, 'QUESTION'),
      ],
    );
    const words = new Set<string>();
    for (const d of documents)
      for (const word of vocabulary([d.title, d.summary, d.body, d.answers].join(' ')))
        words.add(word);
    await this.dataSource.query(
      `INSERT INTO search_term (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [[...words].sort()],
    );
    const swedish = documents
      .filter((d) => d.language === 'SV')
      .map((d) => [d.title, d.summary, d.body, d.answers].map(searchableText).join(' '));
    if (swedish.length > 0)
      await this.dataSource.query(
        `INSERT INTO search_highlight_word (word, lexemes) ${NEW_HIGHLIGHT_WORDS}`,
        [swedish],
      );
  }

  async remove(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.dataSource.query(`DELETE FROM search_document WHERE key = ANY($1::text[])`, [keys]);
  }

  async clear(): Promise<void> {
    await this.dataSource.query(`DELETE FROM search_document`);
  }

  async fingerprints(): Promise<Map<string, string>> {
    const rows: { key: string; fingerprint: string }[] = await this.dataSource.query(
      `SELECT key, fingerprint FROM search_document`,
    );
    return new Map(rows.map((r) => [r.key, r.fingerprint]));
  }

  async search(request: SearchRequest, viewer: Viewer | null): Promise<SearchResult> {
    const parsed = parseSearchQuery(request.query);
    const first = await this.run(request, await this.compile(withSynonyms(parsed)), viewer);
    if (first.totalCount > 0 || request.after) return { ...first, didYouMean: null };
    // Nothing found: try the closest readable words ("did you mean"), one edit or swap away.
    const corrected = await this.correct(request, parsed, viewer);
    if (!corrected) return { ...first, didYouMean: null };
    const second = await this.run(
      request,
      await this.compile(withSynonyms(parseSearchQuery(corrected))),
      viewer,
    );
    return second.totalCount > 0
      ? { ...second, didYouMean: corrected }
      : { ...first, didYouMean: null };
  }

  /**
   * The parsed query as one tsquery per language: each clause an OR (`||`) of its
   * alternatives, the clauses ANDed (`&&`), excluded terms negated (`!!`). Computed by
   * PostgreSQL (the text configurations tokenise, stem and split compounds), then passed to
   * the search as constants, so the planner sees the words.
   */
  private async compile(parsed: ParsedQuery): Promise<LanguageQueries> {
    const params: string[] = [];
    const expression = (config: string) => {
      const term = (t: QueryTerm) => {
        params.push(t.text);
        return `${t.phrase ? 'phraseto_tsquery' : 'plainto_tsquery'}('${config}', $${params.length})`;
      };
      return [
        ...parsed.clauses.map((clause) => `(${clause.map(term).join(' || ')})`),
        ...parsed.excluded.map((t) => `!!${term(t)}`),
      ].join(' && ');
    };
    const [row]: LanguageQueries[] = await this.dataSource.query(
      `SELECT (${expression('samrad_sv')})::text AS sv, (${expression('samrad_en')})::text AS en`,
      params,
    );
    return row!;
  }

  /**
   * The query with each word that no readable document matches replaced by the closest
   * indexed word that one does: at most one edit or swap of neighbouring letters away (two
   * for words of eight letters or more), or as far from its beginning (an inflected form), the
   * fewest edits first, then the most similar.
   * Everything else (quotes, OR, -excluded, further words) stays as typed. Null when nothing
   * changes. `search_term` holds the words of every document, also unreadable and removed
   * ones, so both "known" and every candidate are judged by what this viewer may read, and no
   * candidate list is cut short before that: a suggestion, or its absence, must never tell of
   * an unreadable item.
   */
  async correct(
    request: SearchRequest,
    parsed: ParsedQuery,
    viewer: Viewer | null,
  ): Promise<string | null> {
    const pattern = /[\p{L}\p{N}]+/gu;
    const typed = parsed.clauses.flat();
    const words = [...new Set(typed.flatMap((term) => term.text.match(pattern) ?? []))];
    // The query was searched and found nothing readable: when it is this one word (nothing
    // excluded), the word is known not to match, and asking again would only repeat that.
    const alone = words.length === 1 && parsed.excluded.length === 0;
    const replacements = new Map<string, string>();
    for (const word of words.slice(0, 8)) {
      if ([...word].length < 4) continue;
      if (!alone && (await this.readableMatch(request, await this.compileWord(word), viewer)))
        continue;
      // A stop word is left as typed: it matches nothing because it is not indexed.
      const { stopWord, candidates } = await this.candidates(word);
      if (stopWord) continue;
      for (const candidate of candidates) {
        if (await this.readableMatch(request, candidate.queries, viewer)) {
          replacements.set(word, candidate.word);
          break;
        }
      }
    }
    if (replacements.size === 0) return null;
    return request.query.replace(pattern, (word) => replacements.get(word) ?? word);
  }

  /**
   * Indexed words within the edit limit of `word` (typoDistance), best first, each compiled
   * as `compile` would compile it alone; and whether `word` is a stop word in either language.
   * One statement. The trigram index finds the neighbourhood (at TYPO_SIMILARITY, which every
   * connection starts with); the edit distance decides.
   */
  private async candidates(
    word: string,
  ): Promise<{ stopWord: boolean; candidates: { word: string; queries: LanguageQueries }[] }> {
    const normalised = vocabulary(word)[0] ?? word.toLowerCase();
    const limit = [...normalised].length >= 8 ? 2 : 1;
    const rows: {
      stop_word: boolean;
      word: string | null;
      similarity: number;
      sv: string;
      en: string;
    }[] = await this.dataSource.query(
      `SELECT numnode(plainto_tsquery('samrad_sv', $2)) = 0
                OR numnode(plainto_tsquery('samrad_en', $2)) = 0 AS stop_word,
              t.word, t.similarity, t.sv, t.en
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (
           SELECT word, similarity(word, $1) AS similarity,
                  plainto_tsquery('samrad_sv', word)::text AS sv,
                  plainto_tsquery('samrad_en', word)::text AS en
             FROM search_term WHERE word % $1) t ON true`,
      [normalised, word],
    );
    const candidates = rows
      .flatMap((row) => (row.word === null ? [] : [{ ...row, word: row.word }]))
      .map((row) => ({ ...row, distance: typoDistance(normalised, row.word, limit) }))
      .filter((row) => row.distance <= limit + 0.5 && row.word !== normalised)
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          b.similarity - a.similarity ||
          (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
      )
      .map((row) => ({ word: row.word, queries: { sv: row.sv, en: row.en } }));
    return { stopWord: rows[0]?.stop_word === true, candidates };
  }

  /** One word as a query in each language, as `compile` makes it. */
  private compileWord(word: string): Promise<LanguageQueries> {
    return this.compile({ clauses: [[{ text: word, phrase: false }]], excluded: [] });
  }

  /**
   * Whether a document the viewer may read (within the filters) matches the query. A common
   * word is found among the newest few documents, which a short walk of the date index tests
   * (READABLE_MATCH_WALK); only when none of those matches does the text index answer. Asked
   * of the text index first, a common word cost a bitmap of every match (53 000 entries,
   * 12 ms for "avtal" on the 100 000-document bench) before its first row.
   */
  private async readableMatch(
    request: SearchRequest,
    queries: LanguageQueries,
    viewer: Viewer | null,
  ): Promise<boolean> {
    const matching = this.matchesSql(request, queries, viewer);
    // CASE evaluates its ELSE, and so the text index search, only when the walk found none.
    const [row]: { matches: boolean }[] = await this.dataSource.query(
      `WITH q AS (SELECT ${TS_QUERIES}), ${matching.cte('matches')}
       SELECT CASE
         WHEN EXISTS (${newestWalkSql(matching, String(READABLE_MATCH_WALK), '1', false)}) THEN true
         ELSE EXISTS (SELECT 1 FROM matches) END AS matches`,
      matching.params,
    );
    return row?.matches === true;
  }

  /**
   * One statement (after the plan choice, `choosePath`). The readable matches inside the
   * filters are found newest first and only up to the cap plus one (SEARCH_COUNT_CAP): that
   * one more tells whether the count is exact. The count, the facets and the ranking then use
   * the cap's newest matches (`kept`), so the work grows with the cap and the page, not with
   * how many documents a common word matches. With no more matches than the cap, `kept` is
   * every match and the answer is what ranking, counting and faceting every match gives. Only
   * the page's rows are read again for their text and highlights.
   *
   * How `found` is computed depends on how common the query is (`choosePath`):
   * - common: walk the date index newest first (`walk`), testing the cheap columns (filters,
   *   access) before the text, and stop at the cap plus one readable match; bounded by a
   *   number of documents;
   * - less common: the text index (GIN) within a window of the newest documents (`windowed`),
   *   intersected with the date index before any row is read;
   * - rare: the text index (GIN) finds every match, which it does without reading any
   *   document's vector, and the newest cap plus one are kept.
   * When the walk or the window comes back short of the cap plus one, the last answers instead
   * (`found`'s second part runs only then, a one-time filter). All give exactly the cap plus
   * one newest readable matches; only the cost differs.
   */
  private async run(
    request: SearchRequest,
    queries: LanguageQueries,
    viewer: Viewer | null,
  ): Promise<Omit<SearchResult, 'didYouMean'>> {
    const newest = request.sort === 'NEWEST';
    const matching = this.matchesSql(request, queries, viewer);
    const { cte, params } = matching;
    const [path, swedishHighlight] = await Promise.all([
      this.choosePath(matching, newest),
      this.highlightQuery(queries.sv),
    ]);
    const order = newest ? 'published_at DESC, key DESC' : 'rank DESC, key DESC';
    const after = this.afterCondition(request, newest, params);
    params.push(this.countCap + 1, this.countCap, request.first + 1, request.first);
    const [found, cap, limit, first] = [
      params.length - 3,
      params.length - 2,
      params.length - 1,
      params.length,
    ];
    // Swedish hits are highlighted by their words (highlightQuery) when it can say the query so.
    let highlight = { config: HEADLINE_CONFIG('samrad_sv'), query: LANGUAGE_QUERY };
    if (swedishHighlight !== null) {
      params.push(swedishHighlight);
      highlight = {
        config: HEADLINE_CONFIG('samrad_sv_words'),
        query: `(CASE d.language WHEN 'SV' THEN $${params.length}::tsquery ELSE q.en END)`,
      };
    }
    let foundSql = `SELECT * FROM matches ORDER BY ${BY_DATE_NOT_BY_INDEX} LIMIT $${found}`;
    let fastSql = '';
    if (path.kind !== 'text') {
      // `fast`: the walk's or the window's newest matches, at most the cap plus one.
      let fast: string;
      if (path.kind === 'walk') {
        params.push(path.bound);
        fast = 'walk';
        fastSql = `walk AS MATERIALIZED (${newestWalkSql(matching, `$${params.length}`, `$${found}`, !newest)}),`;
      } else {
        params.push(path.since);
        fast = 'newest_window';
        fastSql = `${cte('windowed', `$${params.length}`)},
          newest_window AS MATERIALIZED (SELECT * FROM windowed ORDER BY ${BY_DATE_NOT_BY_INDEX} LIMIT $${found}),`;
      }
      // The second part's condition has no column: PostgreSQL checks it once, before running
      // the text index search at all. It stays outside the LIMIT subquery so that it gates the
      // whole search (inside, it would be pushed below a parallel plan whose workers start
      // anyway).
      foundSql = `SELECT * FROM ${fast} WHERE (SELECT count(*) FROM ${fast}) = $${found}
         UNION ALL
         SELECT * FROM (SELECT * FROM matches ORDER BY ${BY_DATE_NOT_BY_INDEX} LIMIT $${found}) m
           WHERE (SELECT count(*) FROM ${fast}) < $${found}`;
    }
    // NEWEST orders by date: ranking would read the kept matches' vectors for nothing. The
    // walk ranks each match while it has its vector in hand; the text index path leaves the
    // rank empty, and only the kept matches' vectors are read for it, each straight from its
    // row's address (ctid, stable within the statement's snapshot) rather than through the key.
    const rank = newest
      ? `SELECT k.key, k.row_id, k.published_at, 0::float8 AS rank FROM kept k`
      : `SELECT k.key, k.row_id, k.published_at, coalesce(k.rank,
           (SELECT ts_rank_cd(d.search_vector, ${LANGUAGE_QUERY}, 32)::float8
             FROM search_document d WHERE d.ctid = k.row_id)) AS rank
         FROM kept k CROSS JOIN q`;
    const [row]: { hits: PageRow[]; page_rows: number; facets: FacetRow[]; found: number }[] =
      await this.dataSource.query(
        `WITH q AS (SELECT ${TS_QUERIES}),
       ${cte('matches')},
       ${fastSql}
       found AS MATERIALIZED (${foundSql}),
       kept AS MATERIALIZED (SELECT * FROM found ORDER BY published_at DESC, key DESC LIMIT $${cap}),
       ranked AS (${rank}),
       page AS (SELECT m.key, m.row_id, m.rank, m.published_at FROM ranked m ${after}
         ORDER BY ${order} LIMIT $${limit})
       SELECT
         -- The page's one more row only tells that there is a next page: it is not highlighted.
         (SELECT coalesce(json_agg(json_build_object(
             'key', d.key, 'type', d.content_type, 'id', d.content_id, 'rank', p.rank,
             'publishedAt', p.published_at,
             'titleHighlight', ts_headline(${highlight.config}, d.title, ${highlight.query}, '${TITLE_HEADLINE}'),
             'snippet', ts_headline(${highlight.config},
               ${SNIPPET_TEXT}, ${highlight.query}, '${SNIPPET_HEADLINE}')
           ) ORDER BY ${qualify(order, 'p')}), '[]')
           FROM (SELECT * FROM page ORDER BY ${order} LIMIT $${first}) p
             JOIN search_document d ON d.ctid = p.row_id CROSS JOIN q) AS hits,
         (SELECT count(*)::int FROM page) AS page_rows,
         (SELECT coalesce(json_agg(json_build_array(f.facet, f.value, f.count)), '[]')
           FROM (${FACETS_SQL}) f) AS facets,
         (SELECT count(*)::int FROM found) AS found`,
        params,
      );
    const rows = row?.hits ?? [];
    const hits: SearchHit[] = rows.map((hit) => ({
      type: hit.type,
      id: hit.id,
      titleHighlight: highlightToHtml(hit.titleHighlight),
      snippet: highlightToHtml(hit.snippet),
      cursor: encodeCursor([newest ? new Date(hit.publishedAt).toISOString() : hit.rank, hit.key]),
    }));
    const exact = (row?.found ?? 0) <= this.countCap;
    return {
      hits,
      totalCount: Math.min(row?.found ?? 0, this.countCap),
      totalCountIsExact: exact,
      facetCountsAreExact: exact,
      hasNextPage: (row?.page_rows ?? 0) > request.first,
      facets: collectFacets(row?.facets ?? []),
    };
  }

  /**
   * The Swedish query for `ts_headline` with `samrad_sv_words` (the SearchHighlightWords
   * migration): each lexeme replaced by the indexed words `samrad_sv` lexizes to it, so that the
   * hits' texts need not go through the Hunspell dictionary again (about 2 ms a hit). Null, and
   * the hits are highlighted with `samrad_sv`, when the query has no lexeme, or `highlightQuery`
   * gives up (a weight or prefix mark, or more words than HIGHLIGHT_WORD_LIMIT).
   */
  private async highlightQuery(swedish: string): Promise<string | null> {
    const lexemes = [...new Set(tsQueryLexemes(swedish))];
    if (lexemes.length === 0) return null;
    const rows: { lexeme: string; words: string[] }[] = await this.dataSource.query(
      `SELECT l.lexeme, array_agg(h.word ORDER BY h.word) AS words
         FROM search_highlight_word h CROSS JOIN LATERAL unnest(h.lexemes) AS l(lexeme)
        WHERE h.lexemes && $1::text[] AND l.lexeme = ANY($1::text[])
        GROUP BY l.lexeme`,
      [lexemes],
    );
    return highlightQuery(
      swedish,
      new Map(rows.map((row) => [row.lexeme, row.words])),
      HIGHLIGHT_WORD_LIMIT,
    );
  }

  /**
   * How to find the cap's newest readable matches (see `run`); all three give the same ones, at
   * different costs, which estimates decide: how many rows the text index returns for the words
   * (`textRows`) and how many documents there are (PostgreSQL's, EXPLAIN, planning only), and
   * the share of the newest documents that pass the filters and access (`newestReadableShare`,
   * counted), which makes `readableRows`. Costs are in microseconds, as measured on the bench
   * (the constants below).
   * - `text`: the text index finds every match and each match's row is read: `textRows` ×
   *   ROW_COST (for a phrase PHRASE_ROW_COST, which checks the words' positions in the vector),
   *   then the ranking reads the cap's newest matches again ((cap + 1) × RANK_COST; none when
   *   sorted by date).
   * - `walk`: the date index newest first, `walked` ≈ (cap + 1) × documents ÷ readableRows
   *   documents, each tested on the index alone (WALK_ENTRY_COST), and the row of each that
   *   passes the filters and access read, matched and ranked, about (cap + 1) × documents ÷
   *   textRows of them, each WALK_ROW_COST. Always chosen for words in more
   *   than TEXT_INDEX_SHARE of the documents: PostgreSQL would read the whole table for those
   *   rather than use the text index. Bounded by `walked` × WALK_SLACK documents.
   * - `window`: the text index path within the newest `walked` × WINDOW_SLACK documents, from
   *   the `published_at` histogram (`windowStart`). PostgreSQL intersects the text index's
   *   matches with the date index's range before reading any row (a BitmapAnd, each entry
   *   INDEX_ENTRY_COST), so only the window's matches are read: for a word in 5 % of a million
   *   documents, ~60 000 rows become ~3 000.
   * A walk that ends short of its bound, or a window that holds fewer than the cap plus one
   * readable matches, is completed by the text index path in the same statement (`run`).
   *
   * The planner multiplies the share of documents in a language by the share holding a word as
   * if they were unrelated, but a word is mostly in documents of its own language ("university"
   * is in 88 % of the English documents, and 35 % of all): its estimate of the matches is too
   * low by about the share of that language, and with the two languages' conditions OR-ed it
   * plans no index scan whose own estimate could be read instead ("university" in Chinese
   * contexts: 19 700 estimated, 46 000 read). So the estimate is of the words alone, in either
   * language (`indexed`): one row per document the text index gives, which is what the text
   * index path reads. It also multiplies the shares of ANDed words, and words that go together
   * match more: the estimate of words that must all be there (no alternatives) is
   * raised towards the most they can match (`correlatedRows`).
   */
  private async choosePath(matching: MatchingSql, newest: boolean): Promise<SearchPath> {
    // Three plain statements, not one: a UNION's parallel plan reports per-worker estimates.
    // (Each passes only the parameters it uses: PostgreSQL refuses one it cannot type.)
    const estimate = async (where: string, params: unknown[]) => {
      const [row]: { 'QUERY PLAN': ExplainedPlan[] }[] = await this.dataSource.query(
        `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_document d WHERE ${where}`,
        params,
      );
      const plan = row?.['QUERY PLAN'][0]?.Plan;
      return { rows: plan?.['Plan Rows'] ?? 0, mostRows: plan ? mostRows(plan) : 0 };
    };
    // Side by side on the pool: planning only, and one short index walk, so their time is the
    // slowest one's.
    const [sv, en] = matching.params as [string, string];
    const [text, readableShare, all, histogram, bound] = await Promise.all([
      estimate(matching.indexed, [sv, en]),
      this.newestReadableShare(matching),
      estimate('true', []),
      this.publishedHistogram.read(),
      this.lexemeShares.bound([sv, en]),
    ]);
    const documents = all.rows;
    if (text.rows < 1 || documents < 1) return { kind: 'text' };
    // Only words that must all be there (a phrase's too) are raised towards their bound
    // ("due diligence" at a million: 2 900 estimated, 11 100 matches; 114 → 98 ms).
    // Alternatives (a compound and its parts, synonyms, an inflection's forms) are mostly in the
    // same documents, and the planner already adds them up: raised further, a window came back
    // too short and the whole text index path ran on top ("samarbetspartnernas" at 100 000,
    // 25 → 47 ms; "( dubbla | dubbel ) <-> användningsområde" at a million, 105 → 175 ms).
    const textRows =
      ALTERNATIVE.test(sv) || ALTERNATIVE.test(en)
        ? text.mostRows
        : correlatedRows(text.mostRows, bound === null ? null : bound * documents);
    const readableRows = textRows * readableShare;
    const walked = ((this.countCap + 1) * documents) / Math.max(readableRows, 1);
    const walk = {
      kind: 'walk',
      bound: Math.ceil(Math.min(documents, walked * WALK_SLACK)),
    } as const;
    if (textRows > documents * TEXT_INDEX_SHARE) return walk;
    const rankCost = newest ? 0 : (this.countCap + 1) * RANK_COST;
    // A phrase's candidates are checked against their vectors (the text index holds no word
    // positions): then each row the text index gives costs that check too.
    const phrase = PHRASE.test(sv) || PHRASE.test(en);
    const rowCost = phrase ? PHRASE_ROW_COST : ROW_COST;
    const rowsRead = ((this.countCap + 1) * documents) / textRows;
    const walkCost = walked * WALK_ENTRY_COST + rowsRead * WALK_ROW_COST;
    const textIndexCost = textRows * rowCost + rankCost;
    const windowRows = walked * WINDOW_SLACK;
    const since = windowStart(histogram, windowRows / documents);
    const windowCost =
      (textRows + windowRows) * INDEX_ENTRY_COST +
      ((windowRows * textRows) / documents) * rowCost +
      rankCost;
    if (since && windowCost < Math.min(walkCost, textIndexCost)) return { kind: 'window', since };
    return walkCost < textIndexCost ? walk : { kind: 'text' };
  }

  /**
   * The share of the newest documents (READABLE_SAMPLE of them) that pass the access and filter
   * conditions: where the walk and the window look, measured rather than estimated. The planner
   * multiplies the access policy's OR-ed conditions as if unrelated and guessed half of what a
   * member may read on the bench (4 200 of 9 300 matches of "staff"), which doubled the windows.
   * None passing counts as half a document, so that the share is small but not nothing.
   */
  private async newestReadableShare(matching: MatchingSql): Promise<number> {
    // $1 and $2 (the tsqueries) are typed but not used: every statement keeps the numbering.
    const [row]: { sampled: number; passed: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS sampled, (count(*) FILTER (WHERE ${matching.where}))::int AS passed
         FROM (SELECT ${WALK_COLUMNS.join(', ')} FROM search_document
                ORDER BY published_at DESC, key DESC LIMIT ${READABLE_SAMPLE}) d
        CROSS JOIN (SELECT $1::tsquery AS sv, $2::tsquery AS en) q`,
      [...matching.params],
    );
    if (!row || row.sampled === 0) return 0;
    return Math.max(row.passed, 0.5) / row.sampled;
  }

  /** The keyset condition for the page after `request.after`; its values join `params`. */
  private afterCondition(request: SearchRequest, newest: boolean, params: unknown[]): string {
    if (!request.after) return '';
    const [sortValue, key] = decodeCursor(request.after, 2);
    const validKey =
      typeof key === 'string' && /^(CASE|QUESTION):/.test(key) && isUuid(key.split(':')[1] ?? '');
    const validSort = newest
      ? typeof sortValue === 'string' && !Number.isNaN(Date.parse(sortValue))
      : typeof sortValue === 'number' && Number.isFinite(sortValue);
    if (!validKey || !validSort)
      throw Errors.badInput('Invalid cursor', [
        { field: 'after', message: 'is not a cursor from this list' },
      ]);
    params.push(sortValue, key);
    const [s, k] = [params.length - 1, params.length];
    return newest
      ? `WHERE (m.published_at, m.key) < ($${s}::timestamptz, $${k}::text)`
      : `WHERE (m.rank, m.key) < ($${s}::float8, $${k}::text)`;
  }

  /**
   * A CTE of the documents matching the query, readable by the viewer and inside the filters:
   * their key, sort and facet columns (`cte(name)`). `$1` and `$2` are the Swedish and
   * English tsqueries (compile); further parameters follow (`params`). One branch per language, so that each branch's text condition is a single
   * `@@` the GIN index answers exactly (an OR across languages it cannot), and each document
   * is matched in its own language: stemming and negation ("-radar") mean the same for the
   * query as for the text. The access keys are the document's own copy of its case's or
   * question's (kept in step by triggers, see the SearchAccessKeys migration), so the access
   * policy applies without a join.
   */
  private matchesSql(
    request: SearchRequest,
    queries: LanguageQueries,
    viewer: Viewer | null,
  ): MatchingSql {
    // search_document holds copies of the access keys under the content tables' column names,
    // so each type's condition applies to it as to its own table.
    const caseAccess = this.access.readableCondition(viewer, CASE, 'd');
    const questionAccess = this.access.readableCondition(viewer, QUESTION, 'd');
    const conditions = [
      `((d.content_type = 'CASE' AND ${caseAccess.sql}) OR (d.content_type = 'QUESTION' AND ${questionAccess.sql}))`,
    ];
    const named: Record<string, unknown> = { ...caseAccess.params, ...questionAccess.params };
    const filter = request.filter;
    if (filter.types?.length) {
      conditions.push(`d.content_type::text IN (:...types)`);
      named.types = filter.types;
    }
    if (filter.topicIds?.length) {
      conditions.push(`d.topic_ids && CAST(:topicIds AS uuid[])`);
      named.topicIds = filter.topicIds;
    }
    if (filter.countryCodes?.length) {
      conditions.push(`d.country_codes && CAST(:countryCodes AS char(2)[])`);
      named.countryCodes = filter.countryCodes;
    }
    if (filter.outcomes?.length) {
      conditions.push(`d.outcome IN (:...outcomes)`);
      named.outcomes = filter.outcomes;
    }
    if (filter.years?.length) {
      conditions.push(`d.year IN (:...years)`);
      named.years = filter.years;
    }
    if (filter.sharingLevels?.length) {
      conditions.push(`d.sharing_level::text IN (:...levels)`);
      named.levels = filter.sharingLevels;
    }
    // TypeORM turns :named parameters into $n; the two tsqueries are $1 and $2, ahead of them.
    const [escaped, positional] = this.dataSource.driver.escapeQueryWithParameters(
      conditions.join(' AND '),
      named,
    );
    const shifted = escaped.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 2}`);
    // The tsquery is a parameter in each branch (not taken from a CTE) so that the planner
    // estimates the matches from the words (and chooses between the text index and walking the
    // date index for the newest matches).
    // With one branch for both, the query is still named through $2 as well, folded away when
    // PostgreSQL plans with the values: every statement keeps $1 and $2, so each is typed.
    const bothQueries = 'coalesce($1::tsquery, $2::tsquery)';
    const branch = (language: 'SV' | 'EN' | null, since?: string) => {
      const tsQuery = language === 'EN' ? '$2::tsquery' : language ? '$1::tsquery' : bothQueries;
      const inLanguage = language ? `d.language = '${language}' AND ` : '';
      const inWindow = since ? ` AND d.published_at >= ${since}::timestamptz` : '';
      return `
        SELECT d.key, d.content_type, d.topic_ids, d.country_codes, d.outcome, d.year,
          d.sharing_level, d.published_at, NULL::float8 AS rank, d.ctid AS row_id
        FROM search_document d
        WHERE ${inLanguage}d.search_vector @@ ${tsQuery}${inWindow} AND ${shifted}`;
    };
    // Many words are the same lexeme in both languages ("limit", "partner", "export"): then one
    // branch, not two that each read every match's row to keep their language's half.
    const sameInBoth = queries.sv === queries.en;
    const cte = (name: string, since?: string) =>
      sameInBoth
        ? `${name} AS (${branch(null, since)})`
        : `${name} AS (${branch('SV', since)} UNION ALL ${branch('EN', since)})`;
    return {
      cte,
      where: shifted,
      text: (alias) =>
        sameInBoth
          ? `(${alias}.search_vector @@ ${bothQueries})`
          : `((${alias}.language = 'SV' AND ${alias}.search_vector @@ $1::tsquery) OR (${alias}.language = 'EN' AND ${alias}.search_vector @@ $2::tsquery))`,
      indexed: sameInBoth
        ? `(d.search_vector @@ ${bothQueries})`
        : `(d.search_vector @@ $1::tsquery OR d.search_vector @@ $2::tsquery)`,
      params: [queries.sv, queries.en, ...(positional as unknown[])],
    };
  }
}

/** The matching conditions of `matchesSql`, over a search_document row `d`. */
interface MatchingSql {
  /**
   * `name AS (…)`: the matches through the text index, one branch per language; with `since`
   * (a parameter reference), only those published at or after it.
   */
  cte: (name: string, since?: string) => string;
  /** Access and filters: columns only, no text. */
  where: string;
  /** The words, each document in its own language, over a row `alias` (reads its vector). */
  text: (alias: string) => string;
  /**
   * The words in either language, over a row `d`: what each language's branch of the text
   * index path finds in the index before it tests the row's language (choosePath's estimate).
   */
  indexed: string;
  /** $1, $2: the tsqueries; then the parameters of `where`. */
  params: unknown[];
}

/** The part of EXPLAIN (FORMAT JSON)'s answer choosePath reads. */
interface ExplainedPlan {
  Plan: PlanNode;
}

interface PlanNode {
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/**
 * The text index's matches, between the planner's estimate and `boundRows`, the most the
 * words can match (LexemeShares): their geometric mean. The planner multiplies the shares of
 * ANDed words (and a phrase's) as if unrelated, and words that go together match several times
 * that ("forskning samarbete" on the 100 000-document bench: 4 800 estimated, 8 500 found,
 * 20 900 at most). For a single word both come from the same statistics and
 * nothing moves, but for a word outside ANALYZE's list, which the planner takes at half the
 * least share and the bound at the least: its estimate rises by √2.
 */
function correlatedRows(plannerRows: number, boundRows: number | null): number {
  if (boundRows === null || boundRows <= plannerRows) return plannerRows;
  return Math.sqrt(plannerRows * boundRows);
}

/** The largest row estimate in a plan: for a text index scan, the index's own (see choosePath). */
function mostRows(node: PlanNode): number {
  return Math.max(node['Plan Rows'], ...(node.Plans ?? []).map(mostRows));
}

/*
 * What choosePath's paths pay, in microseconds, from EXPLAIN ANALYZE on the 100 000-document
 * bench with the vector in the row (the SearchVectorInRow migration; test/bench/README.md).
 * Rows are ~3.3 KB, two or three to a page, and many come from the operating system's cache
 * rather than PostgreSQL's buffers.
 */

/** The text index path reads a match's row for its columns (2 700 rows in ~9 ms). */
const ROW_COST = 3;

/** … and for a phrase also checks the words' positions in the row's vector. */
const PHRASE_ROW_COST = 4;

/** The ranking reads a kept match's row by its address (ctid) and ranks its vector. */
const RANK_COST = 4;

/** The walk tests a document's access and filters on the date index alone (34 700 in ~20 ms). */
const WALK_ENTRY_COST = 0.6;

/** The walk reads a passing document's row through the date index, matches and ranks it. */
const WALK_ROW_COST = 7;

/**
 * Past this share of the documents, PostgreSQL reads the whole table (every vector) rather than
 * use the text index (about a quarter on the bench): such words are always walked.
 */
const TEXT_INDEX_SHARE = 0.2;

/**
 * Newest first, as an expression the date index cannot give: the text index path finds its
 * matches through the text index and sorts the newest cap plus one. Told `published_at DESC`,
 * PostgreSQL may walk the date index instead, testing each newer document's vector, which it
 * does not count as a cost (a word in 4 % of a million documents: 24 000 vectors, 570 ms,
 * where the text index took 300); choosePath makes that choice, knowing the cost.
 */
const BY_DATE_NOT_BY_INDEX = `(published_at + interval '0 seconds') DESC, key DESC`;

/** How many of the newest documents `newestReadableShare` looks at (~1 ms). */
const READABLE_SAMPLE = 1000;

/**
 * How many of the newest documents `readableMatch` walks before it asks the text index: a
 * word in a few per cent of the documents is found among them (~0.1 ms each that passes the
 * access and filters, the row and its vector read), a rare one costs this walk on top.
 */
const READABLE_MATCH_WALK = 200;

/** How far beyond its estimated length the date walk may go before the text index takes over. */
const WALK_SLACK = 4;

/**
 * How many times the documents expected to hold the cap plus one readable matches a window
 * spans (choosePath): a window that falls short costs the whole text index path on top. The
 * readable share is counted (`newestReadableShare`), so what is left to allow for is how
 * unevenly a word is spread over time.
 */
const WINDOW_SLACK = 2;

/**
 * What putting one index entry in a bitmap costs, in microseconds (choosePath): on the
 * 100 000-document bench, the text index gave 11 500 entries in 1.1–2.9 ms and the date index
 * 25 000 in 3.0 ms.
 */
const INDEX_ENTRY_COST = 0.15;

/** A phrase operator in a tsquery's text (`<->`, `<2>`). */
const PHRASE = /<(?:-|\d+)>/;

/** An OR in a tsquery's text (no lexeme holds the sign: the parser splits words at it). */
const ALTERNATIVE = /\|/;

/** How `run` finds the cap's newest readable matches (choosePath). */
type SearchPath =
  { kind: 'text' } | { kind: 'walk'; bound: number } | { kind: 'window'; since: Date };

/**
 * The newest readable matches by walking the date index: the `bound` newest documents, those
 * passing the access and filter conditions (WALK_COLUMNS, which `search_document_walk_idx`
 * carries, so they are tested on the index alone; a level of its own, so PostgreSQL cannot
 * test the words first), then the words, stopping at `limit` matches. Each level is a subquery
 * with LIMIT or OFFSET, so no condition is moved below it and the rows stay in date order. The
 * bound is a subquery so that the planner does not plan for its value: it assumes a tenth of
 * the table, and walks the index; told the whole table (a bound that leaves room for narrow
 * filters), it would sort every document by date first. Only a document that passes has its
 * row read, in the LATERAL, by its date and key; the vector is in the row, so the match and
 * the rank read it there.
 */
function newestWalkSql(
  matching: MatchingSql,
  bound: string,
  limit: string,
  ranked: boolean,
): string {
  const rank = ranked
    ? `ts_rank_cd(v.search_vector, CASE d.language WHEN 'SV' THEN $1::tsquery ELSE $2::tsquery END, 32)::float8`
    : 'NULL::float8';
  return `SELECT d.key, d.content_type, d.topic_ids, d.country_codes, d.outcome, d.year,
      d.sharing_level, d.published_at, ${rank} AS rank, v.row_id
    FROM (SELECT * FROM (
        SELECT ${WALK_COLUMNS.join(', ')} FROM search_document
        ORDER BY published_at DESC, key DESC LIMIT (SELECT ${bound}::int)
      ) d WHERE ${matching.where} OFFSET 0) d
    CROSS JOIN LATERAL (SELECT s.language, s.search_vector, s.ctid AS row_id
      FROM search_document s WHERE s.published_at = d.published_at AND s.key = d.key OFFSET 0) v
    WHERE ${matching.text('v')}
    LIMIT ${limit}`;
}

interface PageRow {
  key: string;
  type: 'CASE' | 'QUESTION';
  id: string;
  rank: number;
  publishedAt: string;
  titleHighlight: string;
  snippet: string;
}

type FacetRow = [facet: keyof SearchFacets, value: string, count: number];

/** `ts_headline`'s options for a hit's title: all of it, every match marked. */
export const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** What a hit's snippet is cut from (a search_document row `d`). */
export const SNIPPET_TEXT = `concat_ws(' ', nullif(d.summary, ''), d.body, nullif(d.answers, ''))`;

/** `ts_headline`'s options for a hit's snippet: up to two passages with matches. */
export const SNIPPET_HEADLINE = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** The text search configuration `ts_headline` reads a hit `d` with: Swedish's, or English. */
const HEADLINE_CONFIG = (swedish: 'samrad_sv' | 'samrad_sv_words') =>
  `(CASE d.language WHEN 'SV' THEN '${swedish}' ELSE 'samrad_en' END)::regconfig`;

/**
 * Past this many words in a Swedish highlight query, the hits are highlighted with `samrad_sv`
 * instead (highlightQuery): ts_headline compares every token of a hit with every word of the
 * query, and with a few hundred words that costs what the dictionary would.
 */
const HIGHLIGHT_WORD_LIMIT = 256;

/**
 * The words a batch of Swedish texts (`$1`, text[]) brings that `search_highlight_word` does
 * not hold yet, as `simple` writes them, with their `samrad_sv` lexemes (the
 * SearchHighlightWords migration). The token kinds are those of single words: a hyphenated
 * whole is lexized as `simple` does. In word order, so that two batches writing the same new
 * words wait for each other rather than deadlock.
 */
const NEW_HIGHLIGHT_WORDS = `
  SELECT w.word, tsvector_to_array(to_tsvector('samrad_sv', w.word))
  FROM (SELECT DISTINCT (ts_lexize('simple', p.token))[1] AS word
          FROM unnest($1::text[]) AS t(text), ts_parse('default', t.text) p
         WHERE p.tokid IN (SELECT tokid FROM ts_token_type('default')
                            WHERE alias IN ('asciiword', 'word', 'hword_asciipart', 'hword_part'))) w
  WHERE w.word IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM search_highlight_word h WHERE h.word = w.word)
  ORDER BY w.word
  ON CONFLICT DO NOTHING`;

/** The query in the document's language (the `q` CTE, a search_document row `d`). */
const LANGUAGE_QUERY = `(CASE d.language WHEN 'SV' THEN q.sv ELSE q.en END)`;

/**
 * Facet counts over the `kept` matches: one aggregation per facet, each over the materialised
 * rows and grouped on the column's own type (topics and countries unnested), cast to text once
 * per value. Half the time of one aggregation over (facet, value) pairs built per row.
 */
const FACETS_SQL = `
  SELECT 'type' AS facet, content_type::text AS value, count(*)::int AS count
    FROM kept GROUP BY content_type
  UNION ALL SELECT 'outcome', outcome, count(*)::int FROM kept WHERE outcome IS NOT NULL GROUP BY outcome
  UNION ALL SELECT 'year', year::text, count(*)::int FROM kept GROUP BY year
  UNION ALL SELECT 'sharingLevel', sharing_level::text, count(*)::int FROM kept GROUP BY sharing_level
  UNION ALL SELECT 'topic', t::text, count(*)::int FROM kept CROSS JOIN LATERAL unnest(topic_ids) t GROUP BY t
  UNION ALL SELECT 'country', c::text, count(*)::int FROM kept CROSS JOIN LATERAL unnest(country_codes) c GROUP BY c`;

function collectFacets(rows: readonly FacetRow[]): SearchFacets {
  const facets: SearchFacets = {
    type: [],
    topic: [],
    country: [],
    outcome: [],
    year: [],
    sharingLevel: [],
  };
  for (const [facet, value, count] of rows) facets[facet].push({ value, count });
  for (const counts of Object.values(facets) as FacetCount[][])
    counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

/** `rank DESC, key DESC` with each column taken from `alias`. */
function qualify(order: string, alias: string): string {
  return order.replace(/\b(rank|published_at|key)\b/g, `${alias}.$1`);
}

/**
 * The columns of `search_document` that `ContentAccess.readableCondition` and the workflows' stage SQL
 * read: copies of the case's or question's own, under the same names.
 */
const ACCESS_KEY_COLUMNS = [
  'sharing_level',
  'author_id',
  'author_organisation_id',
  'recipient_organisation_ids',
  'recipient_member_ids',
  'directed_to_ids',
  'status',
  'hidden_at',
] as const;

/**
 * What the walk and the readable sample read of a document before its row: its sort key, its
 * language, the filters' columns and the access keys. A date index carries them
 * (`search_document_walk_idx`, INCLUDE, the SearchVectorInRow migration), so that they are
 * tested on the index alone (an index-only scan) and the row, which holds the vector (~3 KB),
 * is read only for a document that passes.
 */
export const WALK_COLUMNS = [
  'key',
  'published_at',
  'content_type',
  'language',
  'topic_ids',
  'country_codes',
  'outcome',
  'year',
  ...ACCESS_KEY_COLUMNS,
];

/** The access keys of a source row, in ACCESS_KEY_COLUMNS order. */
function accessKeys(alias: string, directed: boolean): string {
  return ACCESS_KEY_COLUMNS.map((column) => {
    if (column === 'status') return `${alias}.status::text AS status`;
    if (column === 'directed_to_ids' && !directed) return `'{}'::uuid[] AS directed_to_ids`;
    return `${alias}.${column}`;
  }).join(', ');
}

function idsOf(documents: readonly SearchDocument[], type: SearchDocument['type']): string[] {
  return documents.filter((d) => d.type === type).map((d) => d.id);
}

/** The compiled Swedish and English tsqueries ($1, $2) as the `q` CTE's columns. */
const TS_QUERIES = `$1::tsquery AS sv, $2::tsquery AS en`;

/**
 * How far `typed` is from the indexed word `known`: their edit distance when within `limit`;
 * otherwise, when `known` is longer, the distance to its beginning plus a half, so that a typo
 * of a form the texts hold only inflected ("sanktoiner" → "sanktionerna") is still found, after
 * any whole-word match. Beyond `limit + 0.5`: not a candidate.
 */
function typoDistance(typed: string, known: string, limit: number): number {
  const whole = editDistance(typed, known, limit);
  if (whole <= limit) return whole;
  const length = [...typed].length;
  if ([...known].length <= length) return whole;
  return editDistance(typed, [...known].slice(0, length).join(''), limit) + 0.5;
}

/** A query as a tsquery in each document language, as text (compile). */
interface LanguageQueries {
  sv: string;
  en: string;
}
