// SPDX-License-Identifier: EUPL-1.2
/**
 * STAND-IN, NOT MEILISEARCH: how the loopback stand-in matches `q`, ranks, highlights and
 * crops, modelled on milli's documented behaviour (query terms, `parse_query.rs`) closely
 * enough for the search contract's rows, and no further: words are runs of letters and digits,
 * lower-cased and unaccented; the last word matches as a prefix; typos by the index's
 * `typoTolerance` (one from `oneTypo` letters, two from `twoTypos`); "phrases" match
 * consecutive words; `-word` and `-"phrase"` exclude; only the first ten terms count, the rest
 * are dropped as milli drops them; `matchingStrategy` `all` needs every term, `last` (the
 * default) and `frequency` any prefix of the terms. Ranking: sort, then words, typo,
 * attribute (earlier searchable attribute first), exactness, then insertion order.
 */
export interface Token {
  word: string;
  start: number;
  end: number;
}

export interface Term {
  words: string[];
  phrase: boolean;
  prefix: boolean;
}

export interface ParsedQuery {
  terms: Term[];
  negative: Term[];
}

export interface TypoSettings {
  enabled: boolean;
  oneTypo: number;
  twoTypos: number;
}

const WORDS_LIMIT = 10;
const WORD = /[\p{L}\p{N}]+/gu;

export function normalise(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: normalise(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function parseQuery(q: string, stopWords: ReadonlySet<string>): ParsedQuery {
  // Even parts are outside quotes; an unclosed quote makes the rest a phrase.
  const parts = q.split('"');
  const items: { words: string[]; phrase: boolean; negated: boolean }[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const negated = /(^|\s)-$/u.test(parts[i - 1] ?? '');
      const words = (part.match(WORD) ?? []).map(normalise);
      if (words.length) items.push({ words, phrase: true, negated });
      return;
    }
    for (const piece of part.split(/\s+/u)) {
      const words = (piece.match(WORD) ?? []).map(normalise);
      words.forEach((word, j) =>
        items.push({
          words: [word],
          phrase: false,
          negated: j === 0 && /^-[\p{L}\p{N}]/u.test(piece),
        }),
      );
    }
  });
  const terms: Term[] = [];
  const negative: Term[] = [];
  const last = items.length - 1;
  items.forEach((item, i) => {
    if (item.negated)
      return negative.push({ words: item.words, phrase: item.phrase, prefix: false });
    const isLastWord = i === last && !item.phrase;
    if (!item.phrase && !isLastWord && stopWords.has(item.words[0]!)) return;
    terms.push({ words: item.words, phrase: item.phrase, prefix: isLastWord });
  });
  return { terms: terms.slice(0, WORDS_LIMIT), negative };
}

/** Typos a query word may have against a document word, or null when it does not match. */
export function wordMatch(
  query: string,
  word: string,
  prefix: boolean,
  typos: TypoSettings,
): { typos: number; length: number } | null {
  if (word === query) return { typos: 0, length: word.length };
  if (prefix && word.startsWith(query)) return { typos: 0, length: query.length };
  if (!typos.enabled) return null;
  const allowed = query.length >= typos.twoTypos ? 2 : query.length >= typos.oneTypo ? 1 : 0;
  if (!allowed) return null;
  const candidate = prefix ? word.slice(0, Math.min(word.length, query.length + allowed)) : word;
  const distance = levenshtein(query, candidate);
  if (distance <= allowed) return { typos: distance, length: candidate.length };
  return null;
}

export interface FieldMatch {
  /** Index of the term matched, per token position. */
  spans: { start: number; end: number }[];
  typos: number;
  exact: number;
}

/** Where each term matches in one text, or null per term. */
export function matchTerms(
  tokens: Token[],
  terms: Term[],
  typos: TypoSettings,
): ({ typos: number; exact: boolean; spans: { start: number; end: number }[] } | null)[] {
  return terms.map((term) => {
    if (term.phrase) {
      const spans: { start: number; end: number }[] = [];
      for (let i = 0; i + term.words.length <= tokens.length; i += 1) {
        if (term.words.every((w, j) => tokens[i + j]!.word === w)) {
          for (let j = 0; j < term.words.length; j += 1) {
            spans.push({ start: tokens[i + j]!.start, end: tokens[i + j]!.end });
          }
        }
      }
      return spans.length ? { typos: 0, exact: true, spans } : null;
    }
    let best: { typos: number; exact: boolean; spans: { start: number; end: number }[] } | null =
      null;
    for (const token of tokens) {
      const m = wordMatch(term.words[0]!, token.word, term.prefix, typos);
      if (!m) continue;
      const span = { start: token.start, end: token.start + Math.min(m.length, token.word.length) };
      if (!best) best = { typos: m.typos, exact: token.word === term.words[0], spans: [span] };
      else {
        best.spans.push(span);
        if (m.typos < best.typos) best.typos = m.typos;
        if (token.word === term.words[0]) best.exact = true;
      }
    }
    return best;
  });
}

/** The text with each span wrapped in the tags. */
export function highlight(
  text: string,
  spans: { start: number; end: number }[],
  pre: string,
  post: string,
): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + pre + text.slice(span.start, span.end) + post;
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * About `length` words around the first match (from the start without one), with `marker`
 * where text was cut; highlights inside the window kept.
 */
export function crop(
  text: string,
  spans: { start: number; end: number }[],
  length: number,
  marker: string,
  pre: string,
  post: string,
): string {
  const tokens = tokenize(text);
  if (tokens.length <= length) return highlight(text, spans, pre, post);
  const first = spans.length ? Math.min(...spans.map((s) => s.start)) : 0;
  const at = Math.max(
    0,
    tokens.findIndex((t) => t.end > first),
  );
  const from = Math.max(0, Math.min(at - Math.floor(length / 2), tokens.length - length));
  const to = from + length - 1;
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to >= tokens.length - 1 ? text.length : tokens[to]!.end;
  const inside = spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start - start, end: s.end - start }));
  const body = highlight(text.slice(start, end), inside, pre, post);
  return `${start > 0 ? marker : ''}${body}${end < text.length ? marker : ''}`;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
