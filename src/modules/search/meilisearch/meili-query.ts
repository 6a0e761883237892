// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';

/**
 * Meilisearch considers only the first ten query terms (a word, or a quoted phrase, outside a
 * negation) and silently drops the rest (milli's `words_limit`); a query with more would match
 * more than the same query on PostgreSQL, which reads every word.
 */
export const MEILI_MAX_QUERY_TERMS = 10;

/** What the engine sends as `q`, or null when nothing in the query can match anything. */
export interface MeiliQuery {
  q: string | null;
  /** Words and phrases every hit must contain (counted as Meilisearch counts them). */
  terms: number;
  /** Words and phrases no hit may contain. */
  negations: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A query as the PostgreSQL engine reads it (`websearch_to_tsquery`: every word, "quoted
 * phrases", -excluded words and phrases), made into one Meilisearch understands the same way
 * when searched with `matchingStrategy: 'all'`:
 *
 * - well-formed first: a lone surrogate is valid in a JavaScript string but not in JSON text,
 *   and Meilisearch answers such a body with 400 `malformed_payload`; it becomes U+FFFD;
 * - `OR` between two terms is an alternative on PostgreSQL and an ordinary word on
 *   Meilisearch, which has no alternatives in `q`: refused as BAD_USER_INPUT rather than
 *   answered with other hits; a leading or trailing `OR` joins nothing and is dropped;
 * - more than ten terms: refused as BAD_USER_INPUT rather than searched without the rest;
 * - no word at all (operators, punctuation, emoji): PostgreSQL's tsquery is empty and matches
 *   nothing, where Meilisearch's empty `q` would match every document: `q` is null.
 *
 * `stopWords` are the index's stop words: Meilisearch drops them (but the last word) before
 * counting, so they do not count towards the ten.
 */
export function meiliQuery(query: string, stopWords: readonly string[] = []): MeiliQuery {
  const text = wellFormed(query);
  const stop = new Set(stopWords.map((word) => word.toLowerCase()));
  const chunks = splitChunks(text);
  const kept: Chunk[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk.kind !== 'or') return kept.push(chunk);
    const before = chunks.slice(0, i).some(hasWords);
    const after = chunks.slice(i + 1).some(hasWords);
    if (before && after) {
      throw Errors.badInput('Search for alternatives (OR) is not available on this engine', [
        { field: 'query', message: 'search for one alternative at a time' },
      ]);
    }
  });
  let terms = 0;
  let negations = 0;
  const positiveWords: string[] = [];
  for (const chunk of kept) {
    if (chunk.kind === 'phrase') {
      if (!hasWords(chunk)) continue;
      if (chunk.negated) negations += 1;
      else terms += 1;
    } else if (chunk.kind === 'word') {
      const words = chunk.text.match(WORD) ?? [];
      words.forEach((word, i) => {
        if (i === 0 && chunk.negated) negations += 1;
        else positiveWords.push(word);
      });
    }
  }
  // Meilisearch skips a stop word unless it is the query's last word.
  positiveWords.forEach((word, i) => {
    if (i === positiveWords.length - 1 || !stop.has(word.toLowerCase())) terms += 1;
  });
  if (terms > MEILI_MAX_QUERY_TERMS) {
    throw Errors.badInput(`A search reads at most ${MEILI_MAX_QUERY_TERMS} words or phrases`, [
      { field: 'query', message: `use at most ${MEILI_MAX_QUERY_TERMS} words or "phrases"` },
    ]);
  }
  if (terms + negations === 0) return { q: null, terms, negations };
  return { q: kept.map((chunk) => chunk.source).join(' '), terms, negations };
}

/** Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed, not in ES2023's types). */
export function wellFormed(text: string): string {
  // With the u flag a paired surrogate is one code point outside this range: only lone ones match.
  return text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

interface Chunk {
  kind: 'word' | 'phrase' | 'or';
  /** As written, quotes and minus included: what Meilisearch gets. */
  source: string;
  /** The text without quotes or minus. */
  text: string;
  negated: boolean;
}

function hasWords(chunk: Chunk): boolean {
  return chunk.kind !== 'or' && new RegExp(WORD.source, 'u').test(chunk.text);
}

/**
 * Whitespace-separated chunks, a quoted phrase being one chunk (an unclosed quote runs to the
 * end, as on both engines). `-` starts a negation only at the start of a chunk, as on both.
 */
function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i]!)) {
      i += 1;
      continue;
    }
    const negated = text[i] === '-' && text[i + 1] !== undefined && !/\s/u.test(text[i + 1]!);
    const start = negated ? i + 1 : i;
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      const end = close < 0 ? text.length : close + 1;
      const inner = text.slice(start + 1, close < 0 ? text.length : close);
      // An unclosed quote is closed here, so nothing after it changes meaning.
      const source = `${negated ? '-' : ''}"${inner.replaceAll('"', ' ')}"`;
      chunks.push({ kind: 'phrase', source, text: inner, negated });
      i = end;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end += 1;
    const word = text.slice(start, end);
    if (!negated && word === 'OR') chunks.push({ kind: 'or', source: '', text: '', negated });
    else chunks.push({ kind: 'word', source: text.slice(i, end), text: word, negated });
    i = Math.max(end, i + 1);
  }
  return chunks;
}
