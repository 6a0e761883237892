import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import { decodeCursor, encodeCursor } from 'src/graph/pagination/cursor';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { CASE_STAGE_SQL } from 'src/modules/cases/case-workflow';
import { QUESTION_STAGE_SQL } from 'src/modules/questions/question-workflow';
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

const CONFIG = `(CASE d.language WHEN 'SV' THEN 'samrad_sv' ELSE 'samrad_en' END)::regconfig`;
const UPSERT_BATCH = 500;

/**
 * PostgreSQL full-text search, the embedded default. Documents live in `search_document`;
 * who may read a hit is decided by joining the case or question row and applying the access
 * policy's SQL, so hits, counts and facets follow the current sharing level at once.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

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
    await this.dataSource.query(
      `INSERT INTO search_document AS d (key, content_type, content_id, language, title, summary,
         body, answers, topic_ids, country_codes, outcome, year, published_at, sharing_level,
         fingerprint, search_vector)
       SELECT v.key, v.content_type::content_type, v.content_id::uuid, v.language::locale,
         v.title, v.summary, v.body, v.answers,
         ARRAY(SELECT jsonb_array_elements_text(v.topic_ids::jsonb))::uuid[],
         ARRAY(SELECT jsonb_array_elements_text(v.country_codes::jsonb))::char(2)[],
         v.outcome, v.year, v.published_at::timestamptz, v.sharing_level::sharing_level,
         v.fingerprint,
         setweight(to_tsvector(v.config, v.title), 'A') ||
         setweight(to_tsvector(v.config, v.summary), 'B') ||
         setweight(to_tsvector(v.config, v.body), 'C') ||
         setweight(to_tsvector(v.config, v.answers), 'D')
       FROM (
         SELECT u.*, (CASE u.language WHEN 'SV' THEN 'samrad_sv' ELSE 'samrad_en' END)::regconfig AS config
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
           $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[],
           $14::text[], $15::text[])
           AS u(key, content_type, content_id, language, title, summary, body, answers, topic_ids,
             country_codes, outcome, year, published_at, sharing_level, fingerprint)
       ) v
       ON CONFLICT (key) DO UPDATE SET language = EXCLUDED.language, title = EXCLUDED.title,
         summary = EXCLUDED.summary, body = EXCLUDED.body, answers = EXCLUDED.answers,
         topic_ids = EXCLUDED.topic_ids, country_codes = EXCLUDED.country_codes,
         outcome = EXCLUDED.outcome, year = EXCLUDED.year, published_at = EXCLUDED.published_at,
         sharing_level = EXCLUDED.sharing_level, fingerprint = EXCLUDED.fingerprint,
         search_vector = EXCLUDED.search_vector, indexed_at = now()`,
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
        column((d) => d.sharingLevel),
        column(documentFingerprint),
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
    const first = await this.run(request, request.query, viewer);
    if (first.totalCount > 0 || request.after) return { ...first, didYouMean: null };
    // Nothing found: try the closest known words ("did you mean"), typo tolerance by trigrams.
    const corrected = await this.correct(request, viewer);
    if (!corrected) return { ...first, didYouMean: null };
    const second = await this.run(request, corrected, viewer);
    return second.totalCount > 0
      ? { ...second, didYouMean: corrected }
      : { ...first, didYouMean: null };
  }

  /**
   * The query with each word that no readable document matches replaced by the most similar
   * indexed word that one does; everything else (quotes, OR, -excluded, further words) stays
   * as typed. Null when nothing changes. `search_term` holds the words of every document, also
   * unreadable and removed ones, so both "known" and a candidate are judged by what this
   * viewer may read: a suggestion, or its absence, must never tell of an unreadable item.
   */
  async correct(request: SearchRequest, viewer: Viewer | null): Promise<string | null> {
    const pattern = /[\p{L}\p{N}]+/gu;
    const words = [...new Set(request.query.match(pattern) ?? [])];
    const replacements = new Map<string, string>();
    for (const word of words.slice(0, 8)) {
      if (word.length < 4) continue;
      const typed = await this.readableMatch(request, word, viewer);
      if (typed.matches || typed.stopWord) continue;
      const similar: { word: string }[] = await this.dataSource.query(
        `SELECT word FROM search_term WHERE word % lower(unaccent($1))
          ORDER BY similarity(word, lower(unaccent($1))) DESC, word LIMIT 5`,
        [word],
      );
      for (const candidate of similar) {
        if ((await this.readableMatch(request, candidate.word, viewer)).matches) {
          replacements.set(word, candidate.word);
          break;
        }
      }
    }
    if (replacements.size === 0) return null;
    return request.query.replace(pattern, (word) => replacements.get(word) ?? word);
  }

  /**
   * Whether a document the viewer may read (within the filters) matches one word, and whether
   * the word is a stop word in either language (then it is left as typed).
   */
  private async readableMatch(request: SearchRequest, word: string, viewer: Viewer | null) {
    const { sql, params } = this.matchesSql(request, word, viewer);
    const [row]: { matches: boolean; stop_word: boolean }[] = await this.dataSource.query(
      `WITH q AS (SELECT ${tsQueries('$1')}), ${sql}
       SELECT EXISTS (SELECT 1 FROM matches) AS matches,
         (SELECT numnode(q.sv) = 0 OR numnode(q.en) = 0 FROM q) AS stop_word`,
      params,
    );
    return { matches: row?.matches === true, stopWord: row?.stop_word === true };
  }

  private async run(
    request: SearchRequest,
    query: string,
    viewer: Viewer | null,
  ): Promise<Omit<SearchResult, 'didYouMean'>> {
    const { sql: matches, params } = this.matchesSql(request, query, viewer);
    const newest = request.sort === 'NEWEST';
    const order = newest ? 'm.published_at DESC, m.key DESC' : 'm.rank DESC, m.key DESC';
    let after = '';
    if (request.after) {
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
      after = newest
        ? `WHERE (m.published_at, m.key) < ($${s}::timestamptz, $${k}::text)`
        : `WHERE (m.rank, m.key) < ($${s}::float8, $${k}::text)`;
    }
    params.push(request.first + 1);
    const limit = params.length;
    const rows: {
      key: string;
      content_type: 'CASE' | 'QUESTION';
      content_id: string;
      rank: number;
      published_at: Date;
      title_highlight: string;
      snippet: string;
    }[] = await this.dataSource.query(
      `WITH q AS (SELECT ${tsQueries('$1')}), ${matches}
       SELECT page.key, page.content_type, page.content_id, page.rank, page.published_at,
         ts_headline(page.config, page.title, page.query,
           'HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}') AS title_highlight,
         ts_headline(page.config, page.text, page.query,
           'MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}') AS snippet
       FROM (SELECT m.* FROM matches m ${after} ORDER BY ${order} LIMIT $${limit}) page
       ORDER BY ${order.replaceAll('m.', 'page.')}`,
      params,
    );
    const page = rows.slice(0, request.first);
    const hits: SearchHit[] = page.map((row) => ({
      type: row.content_type,
      id: row.content_id,
      titleHighlight: highlightToHtml(row.title_highlight),
      snippet: highlightToHtml(row.snippet),
      cursor: encodeCursor([newest ? new Date(row.published_at).toISOString() : row.rank, row.key]),
    }));
    const { sql: facetMatches, params: facetParams } = this.matchesSql(request, query, viewer);
    const facetRows: { facet: keyof SearchFacets; value: string; count: number }[] =
      await this.dataSource.query(
        `WITH q AS (SELECT ${tsQueries('$1')}), ${facetMatches}
         SELECT 'type' AS facet, content_type::text AS value, count(*)::int AS count FROM matches GROUP BY 2
         UNION ALL SELECT 'topic', t::text, count(*)::int FROM matches, unnest(topic_ids) t GROUP BY 2
         UNION ALL SELECT 'country', c::text, count(*)::int FROM matches, unnest(country_codes) c GROUP BY 2
         UNION ALL SELECT 'outcome', outcome, count(*)::int FROM matches WHERE outcome IS NOT NULL GROUP BY 2
         UNION ALL SELECT 'year', year::text, count(*)::int FROM matches GROUP BY 2
         UNION ALL SELECT 'sharingLevel', sharing_level::text, count(*)::int FROM matches GROUP BY 2`,
        facetParams,
      );
    const facets: SearchFacets = {
      type: [],
      topic: [],
      country: [],
      outcome: [],
      year: [],
      sharingLevel: [],
    };
    for (const row of facetRows) facets[row.facet].push({ value: row.value, count: row.count });
    for (const counts of Object.values(facets) as FacetCount[][])
      counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      hits,
      totalCount: facets.type.reduce((sum, f) => sum + f.count, 0),
      hasNextPage: rows.length > request.first,
      facets,
    };
  }

  /**
   * The `matches` CTE: documents matching the query, readable by the viewer and inside the
   * filters, with their rank. `$1` is the query text; further parameters follow.
   */
  private matchesSql(request: SearchRequest, query: string, viewer: Viewer | null) {
    const caseAccess = this.policy.readableSql(viewer, { alias: 'c', ...CASE_STAGE_SQL('c') });
    const questionAccess = this.policy.readableSql(viewer, {
      alias: 'qu',
      ...QUESTION_STAGE_SQL('qu'),
    });
    const conditions = [
      // Each document is matched in its own language, so stemming and negation ("-radar")
      // mean the same for the query as for the text.
      `((d.language = 'SV' AND d.search_vector @@ q.sv) OR (d.language = 'EN' AND d.search_vector @@ q.en))`,
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
    const sql = `matches AS MATERIALIZED (
        SELECT d.key, d.content_type, d.content_id, d.title, d.topic_ids, d.country_codes,
          d.outcome, d.year, d.published_at, d.sharing_level, ${CONFIG} AS config,
          concat_ws(' ', nullif(d.summary, ''), d.body, nullif(d.answers, '')) AS text,
          ts_rank_cd(d.search_vector, CASE d.language WHEN 'SV' THEN q.sv ELSE q.en END, 32)::float8 AS rank,
          CASE d.language WHEN 'SV' THEN q.sv ELSE q.en END AS query
        FROM search_document d CROSS JOIN q
        LEFT JOIN case_study c ON d.content_type = 'CASE' AND c.id = d.content_id
        LEFT JOIN question qu ON d.content_type = 'QUESTION' AND qu.id = d.content_id
        WHERE ${conditions.join(' AND ')})`;
    // TypeORM turns :named parameters into $n; the query text is $1, ahead of them.
    const [escaped, positional] = this.dataSource.driver.escapeQueryWithParameters(sql, named);
    const shifted = escaped.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 1}`);
    return { sql: shifted, params: [query, ...(positional as unknown[])] };
  }
}

/** Swedish and English readings of a web-search style query ("quoted", OR, -not). */
function tsQueries(parameter: string): string {
  return `websearch_to_tsquery('samrad_sv', ${parameter}) AS sv, websearch_to_tsquery('samrad_en', ${parameter}) AS en`;
}
