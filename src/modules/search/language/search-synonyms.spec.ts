// SPDX-License-Identifier: EUPL-1.2
import { meiliSynonyms, synonymsOf } from 'src/modules/search/language/search-synonyms';

describe(synonymsOf.name, () => {
  it.each([
    ['säpo', ['Säkerhetspolisen', 'Swedish Security Service', 'Security Service']],
    ['Sakerhetspolisen', ['Swedish Security Service', 'Security Service', 'Säpo']],
    [
      'UHR',
      [
        'Universitets- och högskolerådet',
        'Swedish Council for Higher Education',
        'Council for Higher Education',
      ],
    ],
    ['kina', ['China']],
    ['South Korea', ['Sydkorea']],
    [
      'Exportkontroll och produkter med dubbla användningsområden',
      ['Export control and dual-use items'],
    ],
  ])('%j also means %j', (typed, expected) => {
    expect(synonymsOf(typed)).toEqual(expected);
  });

  it('knows nothing of ordinary words', () => {
    expect(synonymsOf('kvantdator')).toEqual([]);
    expect(synonymsOf('it')).toEqual([]);
  });
});

describe(meiliSynonyms.name, () => {
  const synonyms = meiliSynonyms();

  it('maps every variant to the others, in lower case', () => {
    expect(synonyms['säpo']).toEqual([
      'security service',
      'swedish security service',
      'säkerhetspolisen',
    ]);
    expect(synonyms['kina']).toEqual(['china']);
    expect(synonyms['cn']).toEqual(['china', 'kina']);
  });

  it('leaves out codes and acronyms that are ordinary words in lower case', () => {
    for (const word of ['it', 'no', 'in', 'is', 'us', 'fm', 'vr', 'de', 'ai'])
      expect(synonyms[word]).toBeUndefined();
  });
});
