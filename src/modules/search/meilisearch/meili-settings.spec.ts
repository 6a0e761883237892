// SPDX-License-Identifier: EUPL-1.2
import type { Settings } from 'meilisearch';
import {
  MEILI_ACCESS_KEYS,
  MEILI_SETTINGS,
  settingsDiffer,
} from 'src/modules/search/meilisearch/meili-settings';

/** What a server answers once our settings are applied: every setting, lists as it keeps them. */
function serverSettings(): Settings {
  return {
    displayedAttributes: [...MEILI_SETTINGS.displayedAttributes].reverse(),
    searchableAttributes: [...MEILI_SETTINGS.searchableAttributes],
    filterableAttributes: [...MEILI_SETTINGS.filterableAttributes].sort(),
    sortableAttributes: ['publishedAtTimestamp'],
    rankingRules: [...MEILI_SETTINGS.rankingRules],
    stopWords: [...MEILI_SETTINGS.stopWords].reverse(),
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: MEILI_SETTINGS.synonyms,
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    faceting: {
      maxValuesPerFacet: MEILI_SETTINGS.faceting.maxValuesPerFacet,
      sortFacetValuesBy: { '*': 'alpha' },
    },
    pagination: { maxTotalHits: MEILI_SETTINGS.pagination.maxTotalHits },
    searchCutoffMs: null,
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['swe', 'eng'] }],
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

describe(settingsDiffer.name, () => {
  const sut = settingsDiffer;

  it('sees a difference when the Swedish locale is missing (a server before the setting)', () => {
    expect(sut({ ...serverSettings(), localizedAttributes: null }, MEILI_SETTINGS)).toBe(true);
  });

  it('sees no difference in a server answer that has our settings and its defaults', () => {
    expect(sut(serverSettings(), MEILI_SETTINGS)).toBe(false);
  });

  it.each<[string, (s: Settings) => void]>([
    ['a fresh index', (s) => (s.searchableAttributes = ['*'])],
    ['searchable attributes in another weight order', (s) => s.searchableAttributes?.reverse()],
    ['ranking rules in another order', (s) => s.rankingRules?.reverse()],
    ['a missing filterable attribute', (s) => s.filterableAttributes?.pop()],
    [
      'another typo threshold',
      (s) => (s.typoTolerance = { minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } }),
    ],
    ['typo tolerance off', (s) => (s.typoTolerance = { enabled: false })],
    ['an access key displayed', (s) => s.displayedAttributes?.push('recipientMemberIds')],
    ['all attributes displayed', (s) => (s.displayedAttributes = ['*'])],
  ])('sees a difference in %s', (_, change) => {
    const current = serverSettings();
    change(current);
    expect(sut(current, MEILI_SETTINGS)).toBe(true);
  });
});

describe('MEILI_SETTINGS', () => {
  it('never displays an access key but can filter on every one', () => {
    for (const key of MEILI_ACCESS_KEYS.filter((k) => k !== 'sharingLevel')) {
      expect(MEILI_SETTINGS.displayedAttributes).not.toContain(key);
    }
    expect(MEILI_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining([...MEILI_ACCESS_KEYS]),
    );
  });

  it('searches title, summary, body and answers in that order of weight', () => {
    expect(MEILI_SETTINGS.searchableAttributes).toEqual(['title', 'summary', 'body', 'answers']);
  });
});
