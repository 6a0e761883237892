// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';
import { LONGEST_SYNONYM_WORDS, synonymsOf } from 'src/modules/search/language/search-synonyms';

/** A word or a quoted phrase, as typed (the engine's text configuration tokenises it). */
export interface QueryTerm {
  text: string;
  phrase: boolean;
}

/**
 * A web-search style query ("quoted phrase", OR, -excluded), parsed: every clause must match,
 * by any of its alternatives (words joined by OR, and synonyms); no excluded term may.
 */
export interface ParsedQuery {
  clauses: QueryTerm[][];
  excluded: QueryTerm[];
}

const SEARCHABLE = /[\p{L}\p{N}]/u;
const TOKEN = /(-?)"([^"]*)(?:"|$)|(\S+)/gu;

/**
 * Parses a query with the syntax of PostgreSQL's websearch_to_tsquery. A query without one
 * term to look for (only operators, quotes and dashes such as `- OR "`, or only excluded
 * terms) is refused with BAD_USER_INPUT: it would otherwise match everything, or nothing for
 * no reason the member could see.
 */
export function parseSearchQuery(query: string): ParsedQuery {
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let or = false;
  for (const [, dash, quoted, bare] of query.matchAll(TOKEN)) {
    if (bare === 'OR') {
      or = clauses.length > 0;
      continue;
    }
    const negated = dash === '-' || (bare !== undefined && bare.startsWith('-'));
    const text = quoted ?? (negated ? bare!.slice(1) : bare!);
    const term: QueryTerm = { text: text.trim(), phrase: quoted !== undefined };
    if (!SEARCHABLE.test(term.text)) continue;
    if (negated) excluded.push(term);
    else if (or) clauses[clauses.length - 1]!.push(term);
    else clauses.push([term]);
    or = false;
  }
  if (clauses.length === 0)
    throw Errors.badInput('The query has no word to search for', [
      { field: 'query', message: 'has no searchable term, only operators or excluded words' },
    ]);
  return { clauses, excluded };
}

/**
 * The query with synonyms added as alternatives (search-synonyms.ts): a run of plain words
 * that names something ("Swedish Security Service", "Inspektionen för strategiska produkter")
 * becomes one clause of the phrase or its synonyms, the longest run first; any other word or
 * phrase gains its own synonyms ("Säpo" → Säkerhetspolisen, Swedish Security Service).
 */
export function withSynonyms(parsed: ParsedQuery): ParsedQuery {
  const plainWord = (clause: QueryTerm[]) => clause.length === 1 && !clause[0]!.phrase;
  const clauses: QueryTerm[][] = [];
  for (let i = 0; i < parsed.clauses.length;) {
    let joined = false;
    for (let n = Math.min(LONGEST_SYNONYM_WORDS, parsed.clauses.length - i); n >= 2; n--) {
      const run = parsed.clauses.slice(i, i + n);
      if (!run.every(plainWord)) continue;
      const text = run.map((clause) => clause[0]!.text).join(' ');
      const synonyms = synonymsOf(text);
      if (synonyms.length === 0) continue;
      clauses.push([{ text, phrase: true }, ...synonyms.map(asTerm)]);
      i += n;
      joined = true;
      break;
    }
    if (joined) continue;
    const clause = parsed.clauses[i]!;
    const seen = new Set(clause.map((term) => term.text.toLowerCase()));
    const expanded = [...clause];
    for (const term of clause)
      for (const synonym of synonymsOf(term.text))
        if (!seen.has(synonym.toLowerCase())) {
          seen.add(synonym.toLowerCase());
          expanded.push(asTerm(synonym));
        }
    clauses.push(expanded);
    i++;
  }
  return { clauses, excluded: parsed.excluded };
}

/** A synonym as a term: a phrase when it has several words. */
function asTerm(text: string): QueryTerm {
  return { text, phrase: /\s/.test(text) };
}
