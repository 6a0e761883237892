// SPDX-License-Identifier: EUPL-1.2
import type { Client } from 'pg';
import type { BenchLanguage, Rng, Vocabulary } from 'test/bench/bench-text';

export const QUERY_CLASSES = [
  'common',
  'mid',
  'rare',
  'phrase',
  'inflection',
  'typo',
  'filtered',
  'newest',
  'page2',
] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface SearchVariables {
  query: string;
  filter?: Record<string, unknown>;
  sort?: 'RELEVANCE' | 'NEWEST';
  first?: number;
  after?: string;
}

export interface BenchQuery {
  label: string;
  kind: QueryClass;
  variables: SearchVariables;
  /** Ask for page 1 first and time the page after it (the cursor comes from a real answer). */
  secondPage?: boolean;
}

const CONFIG: Record<BenchLanguage, string> = { SV: 'samrad_sv', EN: 'samrad_en' };

/**
 * Swedish forms the demo vocabulary does not hold as written (genitive, definite plural, no
 * å/ä/ö); stemming and unaccent must find the documents.
 */
const INFLECTIONS = [
  'universitetens',
  'avtalens',
  'exportkontrollerna',
  'samarbetspartnernas',
  'larosatenas',
];
/** Real two-word phrases of the demo texts, quoted, and two words without quotes. */
const PHRASES = [
  '"due diligence"',
  '"dubbla användningsområden"',
  'export control',
  'forskning samarbete',
];

/**
 * At least 40 queries over the classes a search box sees: words in nearly every document, in
 * some, in a handful; phrases; Swedish inflections; typos that only "did you mean" can answer;
 * filters; newest first; second pages. Words come from the vocabulary's Zipf ranks, so the
 * classes mean the same on any corpus size.
 */
export async function buildQueries(
  client: Client,
  vocabularies: Record<BenchLanguage, Vocabulary>,
  rng: Rng,
): Promise<BenchQuery[]> {
  const indexed = async (language: BenchLanguage, words: readonly string[]) => {
    const { rows } = await client.query<{ w: string }>(
      `SELECT w FROM unnest($1::text[]) WITH ORDINALITY AS u(w, n)
        WHERE length(w) >= 5 AND numnode(plainto_tsquery($2::regconfig, w)) > 0 ORDER BY n`,
      [words, CONFIG[language]],
    );
    return rows.map((r) => r.w);
  };
  const band = async (language: BenchLanguage, from: number, count: number) =>
    (await indexed(language, vocabularies[language].words.slice(from, from + 200))).slice(0, count);
  const [svCommon, enCommon] = [await band('SV', 0, 4), await band('EN', 0, 4)];
  const [svMid, enMid] = [await band('SV', 150, 3), await band('EN', 150, 3)];
  const svRare = await band('SV', vocabularies.SV.words.length - 400, 2);
  const enRare = await band('EN', vocabularies.EN.words.length - 400, 2);
  const tail = [rng.pick(vocabularies.SV.tail), rng.pick(vocabularies.EN.tail)];
  const typos = await typosOf(client, rng, [...svCommon, ...enCommon, ...svMid, ...enMid], 6);
  const topics = (
    await client.query<{ id: string }>(
      `SELECT id FROM topic WHERE kind = 'RISK_AREA' ORDER BY position LIMIT 2`,
    )
  ).rows.map((r) => r.id);
  const w = (list: readonly string[], i: number) => {
    const word = list[i % list.length];
    if (!word) throw new Error('the vocabulary has too few words for the query set');
    return word;
  };

  const queries: BenchQuery[] = [];
  const add = (
    kind: QueryClass,
    query: string,
    extra: Omit<BenchQuery, 'label' | 'kind' | 'variables'> & Omit<SearchVariables, 'query'> = {},
  ) => {
    const { secondPage, ...rest } = extra;
    const label = [query, rest.filter ? JSON.stringify(rest.filter) : '', rest.sort ?? '']
      .filter(Boolean)
      .join(' ');
    queries.push({ label, kind, variables: { query, ...rest }, secondPage });
  };
  for (const word of [...svCommon.slice(0, 3), ...enCommon.slice(0, 3)]) add('common', word);
  for (const word of [...svMid.slice(0, 2), ...enMid.slice(0, 2)]) add('mid', word);
  for (const word of [...svRare, ...enRare, ...tail]) add('rare', word);
  for (const phrase of PHRASES) add('phrase', phrase);
  for (const word of INFLECTIONS) add('inflection', word);
  for (const typo of typos) add('typo', typo);
  add('filtered', w(svCommon, 0), { filter: { types: ['QUESTION'] } });
  add('filtered', w(enCommon, 1), { filter: { countryCodes: ['CN'] } });
  add('filtered', w(svMid, 0), { filter: { topicIds: [w(topics, 0)] } });
  add('filtered', w(enCommon, 0), { filter: { outcomes: ['DECLINED'], years: [2024, 2025] } });
  add('filtered', w(svCommon, 1), { filter: { sharingLevels: ['AMBER', 'RED'] } });
  add('filtered', w(enMid, 1), { filter: { types: ['CASE'], countryCodes: ['RU', 'IR'] } });
  add('newest', w(svCommon, 2), { sort: 'NEWEST' });
  add('newest', w(enMid, 0), { sort: 'NEWEST' });
  add('newest', w(enRare, 0), { sort: 'NEWEST' });
  add('newest', w(svMid, 1), { sort: 'NEWEST', filter: { topicIds: [w(topics, 1)] } });
  add('page2', w(svCommon, 0), { secondPage: true });
  add('page2', w(enMid, 1), { secondPage: true });
  add('page2', w(enCommon, 2), { sort: 'NEWEST', secondPage: true });
  add('page2', w(PHRASES, 0), { secondPage: true });
  add('page2', `${w(svCommon, 3)} ${w(svMid, 2)}`, { secondPage: true });
  return queries;
}

/**
 * Misspellings of known words (a swapped, dropped or doubled letter) that no document
 * contains and the vocabulary does not know, but that have a trigram neighbour in it, so the
 * engine corrects them ("did you mean"). Short words with swapped letters often have none.
 */
async function typosOf(
  client: Client,
  rng: Rng,
  words: readonly string[],
  count: number,
): Promise<string[]> {
  const candidates = new Set<string>();
  for (const word of words.filter((w) => w.length >= 6)) {
    const i = rng.int(1, word.length - 3);
    const chars = [...word];
    const edit = candidates.size % 3;
    if (edit === 0) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    else if (edit === 1) chars.splice(i, 1);
    else chars.splice(i, 0, chars[i]!);
    candidates.add(chars.join(''));
  }
  // The typos are chosen at pg_trgm's default threshold, whatever the connection's (the app's
  // is lower, STATEMENT_SETTINGS), so that the set of queries stays the same.
  await client.query('SET pg_trgm.similarity_threshold = 0.3');
  const { rows } = await client.query<{ w: string }>(
    `SELECT w FROM unnest($1::text[]) WITH ORDINALITY AS u(w, n)
      WHERE NOT EXISTS (SELECT 1 FROM search_term WHERE word = lower(unaccent(w)))
        AND EXISTS (SELECT 1 FROM search_term WHERE word % lower(unaccent(w)))
        AND NOT EXISTS (SELECT 1 FROM search_document d
          WHERE d.search_vector @@ websearch_to_tsquery('samrad_sv', w)
             OR d.search_vector @@ websearch_to_tsquery('samrad_en', w))
      ORDER BY n`,
    [[...candidates]],
  );
  await client.query('RESET pg_trgm.similarity_threshold');
  return rows.slice(0, count).map((r) => r.w);
}
