// SPDX-License-Identifier: EUPL-1.2
import { meiliQuery, MEILI_MAX_QUERY_TERMS } from 'src/modules/search/meilisearch/meili-query';

describe(meiliQuery.name, () => {
  const sut = meiliQuery;

  it('replaces a lone surrogate (Meilisearch answers 400 malformed_payload to one)', () => {
    expect(sut('radar \uD83D').q).toBe('radar \uFFFD');
    expect(sut('radar 📡').q).toBe('radar 📡');
  });

  it('keeps phrases and exclusions, and counts terms as Meilisearch does', () => {
    expect(sut('export "dual use" -china -"state owned"')).toEqual({
      q: 'export "dual use" -china -"state owned"',
      terms: 2,
      negations: 2,
    });
    // An unclosed quote runs to the end, as on both engines; it is closed for Meilisearch.
    expect(sut('"radar kits').q).toBe('"radar kits"');
  });

  it('refuses OR between two terms, drops one that joins nothing', () => {
    expect(() => sut('radar OR sonar')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    );
    expect(sut('OR radar').q).toBe('radar');
    expect(sut('radar or sonar').terms).toBe(3);
  });

  it(`accepts ${MEILI_MAX_QUERY_TERMS} terms and refuses one more`, () => {
    const words = Array.from({ length: MEILI_MAX_QUERY_TERMS }, (_, i) => `w${i}`);
    expect(sut(words.join(' ')).terms).toBe(MEILI_MAX_QUERY_TERMS);
    expect(() => sut([...words, 'more'].join(' '))).toThrow(/at most 10/);
    // Exclusions and stop words (but the last word) do not count.
    expect(sut([...words, '-more'].join(' ')).terms).toBe(MEILI_MAX_QUERY_TERMS);
    expect(sut(['the', ...words].join(' '), ['the']).terms).toBe(MEILI_MAX_QUERY_TERMS);
  });

  it('has nothing to ask for a query without words', () => {
    for (const query of ['-', '""', '!!!', 'OR', '👩‍🔬', 'OR - "" AND NOT ( ) * : & | !']) {
      expect([query, sut(query).q]).toEqual([
        query,
        query.includes('AND') ? expect.any(String) : null,
      ]);
    }
  });
});
