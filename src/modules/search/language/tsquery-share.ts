// SPDX-License-Identifier: EUPL-1.2

/**
 * The most a printed tsquery can match, as a share of the documents, given at most what share
 * holds each lexeme (`shareOf`): an AND or a phrase no more than its rarest side, an OR no more
 * than its sides together, a negation anything. Null when the query is empty or cannot be read,
 * or `shareOf` knows a lexeme not (a prefix, say).
 *
 * PostgreSQL multiplies the shares of ANDed words as if they were unrelated. Words that go
 * together ("due diligence", "forskning samarbete") match many times that estimate, up to
 * this bound (PostgresSearchEngine.choosePath uses both).
 */
export function tsQueryShareBound(
  tsQuery: string,
  shareOf: (lexeme: string, prefix: boolean) => number | null,
): number | null {
  const tokens = tokenize(tsQuery);
  if (!tokens || tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  /** `operand (operator operand)*`: the sides' shares combined from left to right. */
  const sequence =
    (
      operator: Token['kind'],
      operand: () => number | null,
      combine: (left: number, right: number) => number,
    ) =>
    (): number | null => {
      let share = operand();
      while (share !== null && peek()?.kind === operator) {
        at += 1;
        const next = operand();
        share = next === null ? null : combine(share, next);
      }
      return share;
    };
  // Lowest to highest precedence, as PostgreSQL prints them: | & <-> !
  const phrase = sequence('phrase', () => not(), Math.min);
  const and = sequence('&', phrase, Math.min);
  const or = sequence('|', and, (left, right) => Math.min(1, left + right));
  const not = (): number | null => {
    const token = peek();
    if (token?.kind === '!') {
      at += 1;
      // Whatever the word's share, what does not hold it may be every document.
      return not() === null ? null : 1;
    }
    if (token?.kind === '(') {
      at += 1;
      const inner = or();
      if (peek()?.kind !== ')') return null;
      at += 1;
      return inner;
    }
    if (token?.kind === 'lexeme') {
      at += 1;
      const share = shareOf(token.lexeme, token.prefix);
      return share === null ? null : Math.min(1, Math.max(0, share));
    }
    return null;
  };
  const share = or();
  return at === tokens.length ? share : null;
}

type Token =
  | { kind: 'lexeme'; lexeme: string; prefix: boolean }
  | { kind: '&' | '|' | '!' | '(' | ')' | 'phrase' };

/**
 * A quoted lexeme (`''` a quote, a backslash escaping the next character) and its marks, or an
 * operator.
 */
const TOKEN = /\s*(?:'((?:[^'\\]|''|\\.)*)'(:[*A-Da-d]+)?|(<->|<\d+>)|([&|!()]))/y;

function tokenize(tsQuery: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < tsQuery.length) {
    if (/^\s*$/.test(tsQuery.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(tsQuery);
    if (!match) return null;
    const [, quoted, marks, distance, operator] = match;
    if (quoted !== undefined)
      tokens.push({
        kind: 'lexeme',
        lexeme: quoted.replace(/''/g, "'").replace(/\\(.)/g, '$1'),
        prefix: marks?.includes('*') ?? false,
      });
    else if (distance !== undefined) tokens.push({ kind: 'phrase' });
    else tokens.push({ kind: operator as '&' | '|' | '!' | '(' | ')' });
  }
  return tokens;
}
