// SPDX-License-Identifier: EUPL-1.2
import type { Settings } from 'meilisearch';
import { SEARCH_STOP_WORDS } from 'src/modules/search/language/search-stop-words';
import { meiliSynonyms } from 'src/modules/search/language/search-synonyms';

/** Facet attributes, in the order of SearchFacets. */
export const MEILI_FACETS = [
  'type',
  'topicIds',
  'countryCodes',
  'outcome',
  'year',
  'sharingLevel',
] as const;

/** The access keys: filterable so the access filter can use them, never displayed or faceted. */
export const MEILI_ACCESS_KEYS = [
  'sharingLevel',
  'authorId',
  'authorOrganisationId',
  'recipientOrganisationIds',
  'recipientMemberIds',
  'directedToIds',
] as const;

/**
 * The languages documents and queries are written in (ISO 639-3, as Meilisearch answers them
 * in its settings). Meilisearch otherwise guesses each text's language among all it knows and
 * may take a short Swedish text for Norwegian or Danish and tokenise and normalise it as such;
 * told `swe`, it keeps å, ä and ö as letters of their own (charabia's Swedish recomposition)
 * rather than folding them into a and o, so "år" and "ar" stay different words.
 */
export const MEILI_LOCALES = ['swe', 'eng'] as const;

/**
 * How deep a query can page, and where totals stop counting: Meilisearch answers
 * `min(matches, maxTotalHits)`. Ten times its default, so that a count stays exact for any
 * realistic query on this corpus (thousands of items); the count itself is exhaustive in
 * page mode either way, the ceiling only bounds how far a client can page.
 */
export const MEILI_MAX_TOTAL_HITS = 10_000;

/**
 * The index settings, applied by MeilisearchEngine.prepare when they differ from the server's.
 *
 * - `searchableAttributes` in weight order: a match in the title outranks one in the answers.
 * - `displayedAttributes`: what a hit may carry. The text fields are here only because
 *   Meilisearch highlights and crops displayed attributes alone; searches retrieve type and id
 *   and read the text from `_formatted`. The access keys are never displayed, so no response
 *   (search or documents) carries the author, recipients, directed-to organisations or the
 *   author's organisation.
 * - `rankingRules`: Meilisearch's defaults with `sort` moved first. Where the defaults put it
 *   (after words, typo, proximity and attribute) it only breaks ties, so NEWEST would not list
 *   the newest first; a query without `sort` (RELEVANCE) skips the rule, so it costs relevance
 *   nothing. `attribute` rather than its later split (`attributeRank`, `wordPosition`): v1.14
 *   (docker/compose.yml) knows only `attribute`.
 * - `typoTolerance`: one typo from 5 characters, two from 9.
 * - `localizedAttributes`: every text field is Swedish or English (MEILI_LOCALES); searches say
 *   the same (`locales`), so query and text are tokenised alike.
 */
export const MEILI_SETTINGS = {
  searchableAttributes: ['title', 'summary', 'body', 'answers'],
  displayedAttributes: ['key', 'type', 'id', 'fingerprint', 'title', 'summary', 'body', 'answers'],
  filterableAttributes: [
    ...new Set<string>([...MEILI_FACETS, ...MEILI_ACCESS_KEYS, 'publishedAtTimestamp']),
  ],
  sortableAttributes: ['publishedAtTimestamp'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
  localizedAttributes: [{ attributePatterns: ['*'], locales: [...MEILI_LOCALES] }],
  // The same synonyms and stop words as the PostgreSQL engine (search/language/).
  synonyms: meiliSynonyms(),
  stopWords: [...SEARCH_STOP_WORDS],
} satisfies Settings;

/** The index's stop words, if any: Meilisearch does not count them towards a query's ten terms. */
export const MEILI_STOP_WORDS: readonly string[] = (MEILI_SETTINGS as Settings).stopWords ?? [];

/** Settings whose list order means something; every other list is a set. */
const ORDERED_LISTS = new Set<string>(['searchableAttributes', 'rankingRules']);

/**
 * Whether the server's settings differ from the wanted ones. Only what we set is compared, and
 * objects only in the keys we set: the server answers with every setting filled in (defaults
 * such as `disableOnWords: []`), which must not count as a difference.
 */
export function settingsDiffer(current: Settings, wanted: Settings = MEILI_SETTINGS): boolean {
  return Object.entries(wanted).some(
    ([name, value]) => !matches(current[name as keyof Settings], value, ORDERED_LISTS.has(name)),
  );
}

function matches(current: unknown, wanted: unknown, ordered: boolean): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return false;
    const a = current.map((v) => JSON.stringify(v));
    const b = wanted.map((v) => JSON.stringify(v));
    if (!ordered) {
      a.sort();
      b.sort();
    }
    return a.every((v, i) => v === b[i]);
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (current === null || typeof current !== 'object') return false;
    return Object.entries(wanted).every(([key, value]) =>
      matches((current as Record<string, unknown>)[key], value, false),
    );
  }
  return current === wanted;
}
