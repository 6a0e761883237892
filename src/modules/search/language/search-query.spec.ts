// SPDX-License-Identifier: EUPL-1.2
import { AppError } from 'src/graph/errors/app-error';
import { parseSearchQuery, withSynonyms } from 'src/modules/search/language/search-query';

const word = (text: string) => ({ text, phrase: false });
const phrase = (text: string) => ({ text, phrase: true });

describe(parseSearchQuery.name, () => {
  it('reads words, quoted phrases, OR and exclusions as websearch_to_tsquery does', () => {
    expect(parseSearchQuery('kina "export control" radar OR sonar -drönare -"dual use"')).toEqual({
      clauses: [[word('kina')], [phrase('export control')], [word('radar'), word('sonar')]],
      excluded: [word('drönare'), phrase('dual use')],
    });
  });

  it('ignores an OR with nothing before it and a dash or quotes with nothing in them', () => {
    expect(parseSearchQuery('OR kina - "" OR')).toEqual({
      clauses: [[word('kina')]],
      excluded: [],
    });
  });

  it.each(['- OR "', '""', '-kina', '-"export control" -', ' OR OR ', '!!! ???'])(
    'refuses %j, which has no term to search for, as BAD_USER_INPUT',
    (query) => {
      let error: unknown;
      try {
        parseSearchQuery(query);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions.code).toBe('BAD_USER_INPUT');
    },
  );
});

describe(withSynonyms.name, () => {
  const expand = (query: string) => withSynonyms(parseSearchQuery(query)).clauses;

  it('adds an acronym its names, in both languages', () => {
    expect(expand('Säpo')).toEqual([
      [
        word('Säpo'),
        word('Säkerhetspolisen'),
        phrase('Swedish Security Service'),
        phrase('Security Service'),
      ],
    ]);
  });

  it('joins a run of words that names something into one clause', () => {
    expect(expand('Inspektionen för strategiska produkter kina')).toEqual([
      [
        phrase('Inspektionen för strategiska produkter'),
        phrase('Swedish Inspectorate of Strategic Products'),
        phrase('Inspectorate of Strategic Products'),
        word('ISP'),
      ],
      [word('kina'), word('China')],
    ]);
  });

  it('takes a country code only in capitals, and never searches for the code', () => {
    expect(expand('CN')).toEqual([[word('CN'), word('Kina'), word('China')]]);
    expect(expand('cn')).toEqual([[word('cn')]]);
    expect(expand('China')).toEqual([[word('China'), word('Kina')]]);
  });

  it('takes an acronym in capitals only: "fm" is not Försvarsmakten', () => {
    expect(expand('FM')[0]).toContainEqual(word('Försvarsmakten'));
    expect(expand('fm')).toEqual([[word('fm')]]);
  });

  it('leaves excluded terms and words without synonyms as they are', () => {
    expect(withSynonyms(parseSearchQuery('radar -Kina'))).toEqual({
      clauses: [[word('radar')]],
      excluded: [word('Kina')],
    });
  });
});
