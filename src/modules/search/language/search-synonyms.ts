// SPDX-License-Identifier: EUPL-1.2
import countries from 'world-countries';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { TOPIC_CATALOGUE } from 'src/modules/taxonomy/topic-catalogue.data';
import { SEARCH_STOP_WORDS } from 'src/modules/search/language/search-stop-words';

/**
 * One way of writing a thing that has several: an organisation's Swedish and English names
 * and acronyms (Säkerhetspolisen, Swedish Security Service, Säpo), a country's Swedish and
 * English names and ISO code (Kina, China, CN), a topic's two names.
 */
export interface SynonymVariant {
  text: string;
  /**
   * Recognised only as written: acronyms and codes in capitals ("ISP", "FM", "CN"), which
   * in lower case are often ordinary words ("fm", "no", "it").
   */
  exactCase: boolean;
  /** Recognised in a query but never searched for: an ISO code is not how texts name a country. */
  inputOnly: boolean;
}

export type SynonymGroup = readonly SynonymVariant[];

/** How variants are compared: lower case, accents dropped, spaces collapsed (as the index does). */
export function synonymKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const ACRONYM = /^[\p{Lu}\d]{2,5}$/u;

/** An organisation's name or short name: in capitals ("ISP", "FM") an acronym, exact case. */
function named(text: string): SynonymVariant {
  return { text, exactCase: ACRONYM.test(text), inputOnly: false };
}

/** A country's or topic's name ("USA" is a name here, found in any case). */
function plain(text: string): SynonymVariant {
  return { text, exactCase: false, inputOnly: false };
}

/** An ISO code: taken from a query in capitals only, never searched for. */
function code(text: string): SynonymVariant {
  return { text, exactCase: true, inputOnly: true };
}

/** A group of the distinct variants, or null when there is nothing to relate. */
function group(variants: SynonymVariant[]): SynonymGroup | null {
  const seen = new Set<string>();
  const distinct = variants.filter((v) => {
    const key = `${v.exactCase ? v.text : synonymKey(v.text)}`;
    if (!v.text.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const searched = new Set(distinct.filter((v) => !v.inputOnly).map((v) => synonymKey(v.text)));
  return distinct.length >= 2 && searched.size >= 1 ? distinct : null;
}

/**
 * The synonym groups, built from our own reference data: the organisation catalogue (Swedish
 * name, English name, short names), the countries library (Swedish and English common names,
 * ISO code) and the topic catalogue (Swedish and English names). Both engines use them: the
 * PostgreSQL engine expands a query's words and phrases (search-query.ts), Meilisearch gets
 * them as its `synonyms` setting (meiliSynonyms).
 */
export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  ...ORGANISATION_CATALOGUE.map((o) =>
    group([
      named(o.nameSv),
      named(o.nameEn),
      // "Security Service", "Research Council": members drop the "Swedish" of the English name.
      ...(o.nameEn.startsWith('Swedish ') ? [named(o.nameEn.slice('Swedish '.length))] : []),
      ...o.shortNames.map(named),
    ]),
  ),
  ...countries.map((c) =>
    group([plain(c.translations.swe?.common ?? c.name.common), plain(c.name.common), code(c.cca2)]),
  ),
  ...TOPIC_CATALOGUE.map((t) => group([plain(t.nameSv), plain(t.nameEn)])),
].filter((g): g is SynonymGroup => g !== null);

/** Groups by what a query may contain: `exact:<text>` for exact-case variants, else the key. */
const BY_INPUT = new Map<string, SynonymGroup[]>();
for (const g of SYNONYM_GROUPS)
  for (const v of g) {
    const input = v.exactCase ? `exact:${v.text}` : synonymKey(v.text);
    BY_INPUT.set(input, [...(BY_INPUT.get(input) ?? []), g]);
  }

/** The longest phrase (in words) any variant has: how far a query is scanned for one. */
export const LONGEST_SYNONYM_WORDS = Math.max(
  ...SYNONYM_GROUPS.flatMap((g) => g.map((v) => v.text.split(/\s+/).length)),
);

/**
 * What a word or phrase of a query also means: the variants of every group it belongs to,
 * itself excluded, input-only variants left out. Empty when it belongs to none.
 */
export function synonymsOf(typed: string): string[] {
  const groups = [
    ...(BY_INPUT.get(`exact:${typed}`) ?? []),
    ...(BY_INPUT.get(synonymKey(typed)) ?? []),
  ];
  const own = synonymKey(typed);
  const result = new Map<string, string>();
  for (const g of groups)
    for (const v of g) {
      const key = synonymKey(v.text);
      if (!v.inputOnly && key !== own && !result.has(key)) result.set(key, v.text);
    }
  return [...result.values()];
}

/**
 * Two-letter codes Meilisearch must not take as a country: it matches synonyms in any case, so
 * "it", "ai" or "de" would become Italy, Anguilla or Germany. PostgreSQL sees the case and
 * takes a code only in capitals.
 */
const AMBIGUOUS_CODES = new Set([
  'ai',
  'it',
  'ad',
  'de',
  'la',
  'pa',
  're',
  'ma',
  'ca',
  'ms',
  'mt',
  'id',
  'pe',
  'st',
  'va',
  'er',
  'es',
  'eu',
  'hr',
  'is',
  'in',
  'no',
  'to',
  'at',
  'be',
  'me',
  'am',
  'as',
  'so',
  'do',
  'go',
  'us',
  'my',
  'an',
  'by',
  'fi',
  'se',
  'ir',
  'il',
  'cv',
  'gb',
  'ml',
  'mk',
  'tv',
  'sa',
  'ar',
  'km',
  'cm',
  'mm',
  'ps',
  'sv',
  'en',
  'vi',
  'om',
  'nu',
  'ni',
  'fm',
  'vr',
  'ki',
]);

/**
 * The groups as Meilisearch's `synonyms` setting: every variant (lower case, as Meilisearch
 * compares) maps to the group's other searchable variants. Acronyms and codes that could be an
 * ordinary word or stop word in lower case are left out as keys, since Meilisearch cannot
 * require capitals.
 */
export function meiliSynonyms(): Record<string, string[]> {
  const stop = new Set(SEARCH_STOP_WORDS.map((w) => w.toLowerCase()));
  const synonyms: Record<string, string[]> = {};
  for (const g of SYNONYM_GROUPS)
    for (const v of g) {
      const key = v.text.toLowerCase();
      if (v.exactCase && (AMBIGUOUS_CODES.has(key) || stop.has(key))) continue;
      const others = g
        .filter((o) => o !== v && !o.inputOnly && o.text.toLowerCase() !== key)
        .map((o) => o.text.toLowerCase());
      if (others.length === 0) continue;
      synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...others])].sort();
    }
  return synonyms;
}
