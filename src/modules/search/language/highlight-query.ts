// SPDX-License-Identifier: EUPL-1.2

/**
 * A tsquery's text form (as PostgreSQL prints it) with each lexeme replaced by the words that
 * lexize to it, for highlighting with a configuration that only lower-cases words (see the
 * SearchHighlightWords migration). Operators, parentheses and phrase distances stay as they
 * are: `'export' & 'kontroll'` becomes `( 'export' | 'exporten' ) & ( 'kontroll' | … )`.
 */

/** A quoted lexeme: `''` is a quote, a backslash escapes the next character; `:*`, `:AB` follow. */
const OPERAND = /'((?:[^'\\]|''|\\.)*)'(:[*A-Da-d]+)?/g;

/** The lexemes of a tsquery's text, in order, repeats included. */
export function tsQueryLexemes(tsQuery: string): string[] {
  return [...tsQuery.matchAll(OPERAND)].map((match) => unquote(match[1]!));
}

/**
 * The highlight query: each lexeme replaced by its words in `wordsByLexeme`, or by itself when
 * it has none (PostgreSQL indexes numbers, addresses and hyphenated wholes as `simple` writes
 * them, so the lexeme is the word). Null when the query would hold more than `wordLimit` words
 * (each costs every token of every hit a comparison) or a lexeme is marked (`replaceLexemes`).
 */
export function highlightQuery(
  tsQuery: string,
  wordsByLexeme: ReadonlyMap<string, readonly string[]>,
  wordLimit: number,
): string | null {
  const wordsOf = (lexeme: string) => wordsByLexeme.get(lexeme) ?? [lexeme];
  let words = 0;
  for (const lexeme of new Set(tsQueryLexemes(tsQuery))) words += wordsOf(lexeme).length;
  return words > wordLimit ? null : replaceLexemes(tsQuery, wordsOf);
}

/**
 * The query with each lexeme replaced by `wordsOf(lexeme)` ORed together; null when a lexeme
 * carries a weight or prefix mark (`:*`, `:A`), which a word list cannot express.
 */
export function replaceLexemes(
  tsQuery: string,
  wordsOf: (lexeme: string) => readonly string[],
): string | null {
  let marked = false;
  const replaced = tsQuery.replace(OPERAND, (_, lexeme: string, mark: string | undefined) => {
    if (mark) marked = true;
    const words = wordsOf(unquote(lexeme));
    return words.length === 1 ? quote(words[0]!) : `( ${words.map(quote).join(' | ')} )`;
  });
  return marked ? null : replaced;
}

function unquote(text: string): string {
  return text.replace(/''/g, "'").replace(/\\(.)/g, '$1');
}

function quote(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
