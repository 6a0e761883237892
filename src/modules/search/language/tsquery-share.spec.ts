// SPDX-License-Identifier: EUPL-1.2
import { tsQueryShareBound } from 'src/modules/search/language/tsquery-share';

describe(tsQueryShareBound.name, () => {
  const shares: Record<string, number> = {
    forskning: 0.23,
    samarbete: 0.21,
    due: 0.06,
    dilig: 0.05,
    dubbla: 0.055,
    dubbel: 0.11,
    anvandningsomrade: 0.07,
    radar: 0.6,
    "it's": 0.01,
  };
  const shareOf = (lexeme: string, prefix: boolean) => (prefix ? null : (shares[lexeme] ?? 0.002));
  const bound = (tsQuery: string) => tsQueryShareBound(tsQuery, shareOf);

  it('is the share of a lone word', () => {
    expect(bound(`'forskning'`)).toBe(0.23);
    expect(bound(`'okänd'`)).toBe(0.002);
  });

  it('bounds an AND and a phrase by their rarest word', () => {
    expect(bound(`'forskning' & 'samarbete'`)).toBe(0.21);
    expect(bound(`'due' <-> 'dilig'`)).toBe(0.05);
    expect(bound(`'forskning' <2> 'samarbete' & 'due'`)).toBe(0.06);
  });

  it('adds the sides of an OR, up to every document', () => {
    expect(bound(`'due' | 'dilig'`)).toBeCloseTo(0.11);
    expect(bound(`'radar' | 'forskning' | 'samarbete' | 'dubbel'`)).toBe(1);
  });

  it('follows the precedence PostgreSQL prints with, and parentheses', () => {
    // | binds loosest: ('due' & 'dilig') | 'dubbel', not 'due' & ('dilig' | 'dubbel').
    expect(bound(`'due' & 'dilig' | 'dubbel'`)).toBeCloseTo(0.16);
    expect(bound(`'due' & ( 'dilig' | 'dubbel' )`)).toBeCloseTo(0.06);
    expect(bound(`( 'dubbla' | 'dubbel' ) <-> 'anvandningsomrade'`)).toBe(0.07);
  });

  it('lets a negation match anything, so only the other side bounds an AND', () => {
    expect(bound(`'forskning' & !'radar'`)).toBe(0.23);
    expect(bound(`!'radar'`)).toBe(1);
  });

  it('reads quoted quotes and backslashes in a lexeme', () => {
    expect(bound(`'it''s' & 'forskning'`)).toBe(0.01);
  });

  it('knows nothing of an empty or unreadable query, or of a word it has no share for', () => {
    expect(bound('')).toBeNull();
    expect(bound(`'forskning' &`)).toBeNull();
    expect(bound(`( 'forskning'`)).toBeNull();
    expect(bound(`'forskning' 'samarbete'`)).toBeNull();
    expect(bound(`'forsk':* & 'samarbete'`)).toBeNull();
  });
});
