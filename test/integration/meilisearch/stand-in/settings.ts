// SPDX-License-Identifier: EUPL-1.2
/**
 * STAND-IN, NOT MEILISEARCH: which settings Meilisearch (v1.14 and since) accepts, read from
 * `meilisearch-types/src/settings.rs` (`deny_unknown_fields` at every level), for the stand-in.
 */
export type Json = Record<string, unknown>;

export const SETTINGS_KEYS = new Set([
  'displayedAttributes',
  'searchableAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'rankingRules',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'synonyms',
  'distinctAttribute',
  'proximityPrecision',
  'typoTolerance',
  'faceting',
  'pagination',
  'embedders',
  'searchCutoffMs',
  'localizedAttributes',
  'facetSearch',
  'prefixSearch',
]);
export const NESTED_KEYS: Record<string, Set<string>> = {
  typoTolerance: new Set([
    'enabled',
    'minWordSizeForTypos',
    'disableOnWords',
    'disableOnAttributes',
    'disableOnNumbers',
  ]),
  faceting: new Set(['maxValuesPerFacet', 'sortFacetValuesBy']),
  pagination: new Set(['maxTotalHits']),
};
export const RANKING_RULES = new Set([
  'words',
  'typo',
  'proximity',
  'attribute',
  'sort',
  'exactness',
]);
/** A few of the ISO 639-3 (and 639-1) codes Meilisearch knows; enough to refuse a made-up one. */
export const LOCALES = new Set(['swe', 'sv', 'eng', 'en', 'nob', 'dan', 'deu', 'fra', 'fin']);

/** Why Meilisearch would refuse these settings (400), or null. */
export function checkSettings(body: unknown): Json | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return error('bad_request', 'settings must be an object');
  }
  for (const [key, value] of Object.entries(body as Json)) {
    if (!SETTINGS_KEYS.has(key)) {
      return error(
        'bad_request',
        `Unknown field \`${key}\`: expected one of ${[...SETTINGS_KEYS].join(', ')}`,
      );
    }
    const nested = NESTED_KEYS[key];
    if (nested && value && typeof value === 'object') {
      const bad = Object.keys(value).find((k) => !nested.has(k));
      if (bad)
        return error(`invalid_settings_${snake(key)}`, `Unknown field \`${bad}\` in \`${key}\``);
    }
    if (key === 'rankingRules') {
      const bad = (value as string[]).find(
        (rule) => !RANKING_RULES.has(rule) && !/^[^:]+:(asc|desc)$/.test(rule),
      );
      if (bad) return error('invalid_settings_ranking_rules', `\`${bad}\` ranking rule is invalid`);
    }
    if (key === 'localizedAttributes' && Array.isArray(value)) {
      for (const rule of value as Json[]) {
        const bad = Object.keys(rule).find((k) => k !== 'attributePatterns' && k !== 'locales');
        const locale = ((rule.locales as string[] | undefined) ?? []).find((l) => !LOCALES.has(l));
        if (bad || locale || !Array.isArray(rule.attributePatterns)) {
          return error(
            'invalid_settings_localized_attributes',
            `Invalid rule ${JSON.stringify(rule)}`,
          );
        }
      }
    }
  }
  return null;
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function error(code: string, message: string, type = 'invalid_request'): Json {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}
