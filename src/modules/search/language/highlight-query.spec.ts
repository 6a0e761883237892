// SPDX-License-Identifier: EUPL-1.2
import {
  highlightQuery,
  replaceLexemes,
  tsQueryLexemes,
} from 'src/modules/search/language/highlight-query';

describe(tsQueryLexemes.name, () => {
  it('reads every quoted lexeme of a printed tsquery, repeats included', () => {
    expect(tsQueryLexemes(`( 'exportkontroll' | 'export' & 'kontroll' ) & !'radar'`)).toEqual([
      'exportkontroll',
      'export',
      'kontroll',
      'radar',
    ]);
    expect(tsQueryLexemes(`'forskning' <2> 'samarbete' & 'forskning'`)).toEqual([
      'forskning',
      'samarbete',
      'forskning',
    ]);
  });

  it('undoes the doubled quote and the backslash escape', () => {
    expect(tsQueryLexemes(`'it''s' & 'a\\\\b'`)).toEqual(["it's", 'a\\b']);
  });

  it('finds nothing in an empty query', () => {
    expect(tsQueryLexemes('')).toEqual([]);
  });
});

describe(replaceLexemes.name, () => {
  const words: Record<string, string[]> = {
    export: ['export', 'exporten'],
    kontroll: ['exportkontroll', 'kontroll', 'kontrollen'],
    samarbete: ['samarbete'],
  };
  const wordsOf = (lexeme: string) => words[lexeme] ?? [lexeme];

  it('ORs the words of each lexeme and keeps operators, negation and phrase distances', () => {
    expect(replaceLexemes(`'export' & !'kontroll'`, wordsOf)).toBe(
      `( 'export' | 'exporten' ) & !( 'exportkontroll' | 'kontroll' | 'kontrollen' )`,
    );
    expect(replaceLexemes(`'forskning' <2> 'samarbete'`, wordsOf)).toBe(
      `'forskning' <2> 'samarbete'`,
    );
  });

  it('quotes the words it writes as PostgreSQL reads them', () => {
    expect(replaceLexemes(`'x'`, () => ["it's", 'a\\b'])).toBe(`( 'it''s' | 'a\\\\b' )`);
  });

  it('gives up on weights and prefixes, which a list of words cannot say', () => {
    expect(replaceLexemes(`'export':* & 'kontroll'`, wordsOf)).toBeNull();
    expect(replaceLexemes(`'export':AB`, wordsOf)).toBeNull();
  });
});

describe(highlightQuery.name, () => {
  const words = new Map([
    ['export', ['export', 'exporten']],
    ['kontroll', ['exportkontroll', 'kontroll']],
  ]);

  it('lets a lexeme without words stand for itself (a number, an address)', () => {
    expect(highlightQuery(`'export' & '2024'`, words, 10)).toBe(
      `( 'export' | 'exporten' ) & '2024'`,
    );
  });

  it('counts each lexeme once, and gives up past the word limit', () => {
    const query = `'export' & 'kontroll' & 'export'`;
    expect(highlightQuery(query, words, 4)).toBe(
      `( 'export' | 'exporten' ) & ( 'exportkontroll' | 'kontroll' ) & ( 'export' | 'exporten' )`,
    );
    expect(highlightQuery(query, words, 3)).toBeNull();
  });
});
