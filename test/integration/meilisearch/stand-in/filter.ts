// SPDX-License-Identifier: EUPL-1.2
/**
 * STAND-IN, NOT MEILISEARCH: Meilisearch's filter grammar (crates/filter-parser, v1.14 and
 * since) re-implemented for the loopback stand-in, so that a filter the real parser refuses is
 * refused here too (400 `invalid_search_filter`), and one it accepts is evaluated on the stand-in's
 * documents. Covered: OR, AND, NOT, parentheses, `=`, `!=`, `>`, `>=`, `<`, `<=`, `IN [...]`,
 * `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, `IS [NOT] NULL`, `IS [NOT] EMPTY`; values as words
 * or single- or double-quoted strings, unescaped as the server unescapes them. Not covered
 * (refused): geo filters, `CONTAINS`, `STARTS WITH`, vector filters.
 *
 * ```text
 * or    = and ("OR" and)*        and = not ("AND" not)*       not = "NOT" not | primary
 * primary = "(" or ")" | value "IN" "[" list "]" | value "NOT" "IN" "[" list "]"
 *         | value op value | value "EXISTS" | value "NOT" "EXISTS" | value value "TO" value
 *         | value "IS" ["NOT"] ("NULL" | "EMPTY")
 * ```
 */
export class FilterError extends Error {}

export type Filter =
  | { kind: 'or' | 'and'; parts: Filter[] }
  | { kind: 'not'; inner: Filter }
  | { kind: 'cmp'; field: string; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string }
  | { kind: 'in'; field: string; values: string[] }
  | { kind: 'to'; field: string; from: string; to: string }
  | { kind: 'exists' | 'null' | 'empty'; field: string };

type Token =
  | { t: 'punct'; v: '(' | ')' | '[' | ']' | ',' }
  | { t: 'op'; v: '=' | '!=' | '>' | '>=' | '<' | '<=' }
  | { t: 'word'; v: string }
  | { t: 'quoted'; v: string };

const KEYWORDS = new Set([
  'AND',
  'OR',
  'IN',
  'NOT',
  'TO',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
  '_geoRadius',
  '_geoBoundingBox',
]);
const WORD_CHAR = /[\p{L}\p{N}_.-]/u;

/** Parses a filter as Meilisearch does, or throws FilterError with a reason. */
export function parseFilter(source: string): Filter {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const isKeyword = (k: string) => {
    const token = peek();
    return token?.t === 'word' && token.v === k;
  };
  const expectKeyword = (k: string) => {
    if (!isKeyword(k)) throw new FilterError(`expected ${k}`);
    i += 1;
  };
  const value = (): string => {
    const token = peek();
    if (token?.t === 'quoted') {
      i += 1;
      return token.v;
    }
    if (token?.t === 'word' && !KEYWORDS.has(token.v)) {
      i += 1;
      return token.v;
    }
    throw new FilterError(`expected a value, found ${token ? JSON.stringify(token.v) : 'end'}`);
  };
  const or = (): Filter => {
    const parts = [and()];
    while (isKeyword('OR')) {
      i += 1;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'or', parts };
  };
  const and = (): Filter => {
    const parts = [not()];
    while (isKeyword('AND')) {
      i += 1;
      parts.push(not());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'and', parts };
  };
  const not = (): Filter => {
    if (isKeyword('NOT')) {
      i += 1;
      return { kind: 'not', inner: not() };
    }
    return primary();
  };
  const list = (): string[] => {
    const open = peek();
    if (open?.t !== 'punct' || open.v !== '[') throw new FilterError('expected [');
    i += 1;
    const values: string[] = [];
    for (;;) {
      const token = peek();
      if (token?.t === 'punct' && token.v === ']') break;
      values.push(value());
      const next = peek();
      if (next?.t === 'punct' && next.v === ',') i += 1;
      else if (!(next?.t === 'punct' && next.v === ']')) throw new FilterError('expected , or ]');
    }
    i += 1;
    return values;
  };
  const primary = (): Filter => {
    const token = peek();
    if (token?.t === 'punct' && token.v === '(') {
      i += 1;
      const inner = or();
      const close = peek();
      if (close?.t !== 'punct' || close.v !== ')') throw new FilterError('expected )');
      i += 1;
      return inner;
    }
    const field = value();
    const next = peek();
    if (next?.t === 'op') {
      i += 1;
      return { kind: 'cmp', field, op: next.v, value: value() };
    }
    if (isKeyword('IN')) {
      i += 1;
      return { kind: 'in', field, values: list() };
    }
    if (isKeyword('EXISTS')) {
      i += 1;
      return { kind: 'exists', field };
    }
    if (isKeyword('NOT')) {
      i += 1;
      if (isKeyword('IN')) {
        i += 1;
        return { kind: 'not', inner: { kind: 'in', field, values: list() } };
      }
      expectKeyword('EXISTS');
      return { kind: 'not', inner: { kind: 'exists', field } };
    }
    if (isKeyword('IS')) {
      i += 1;
      const negated = isKeyword('NOT');
      if (negated) i += 1;
      let test: Filter;
      if (isKeyword('NULL')) test = { kind: 'null', field };
      else if (isKeyword('EMPTY')) test = { kind: 'empty', field };
      else throw new FilterError('expected NULL or EMPTY');
      i += 1;
      return negated ? { kind: 'not', inner: test } : test;
    }
    if (next?.t === 'word' || next?.t === 'quoted') {
      const from = value();
      expectKeyword('TO');
      return { kind: 'to', field, from, to: value() };
    }
    throw new FilterError(`was expecting an operation after ${JSON.stringify(field)}`);
  };
  const filter = or();
  if (i < tokens.length) throw new FilterError(`unexpected ${JSON.stringify(tokens[i]!.v)}`);
  return filter;
}

/** The attributes a filter reads, for the "not filterable" check. */
export function filterFields(filter: Filter): string[] {
  switch (filter.kind) {
    case 'or':
    case 'and':
      return filter.parts.flatMap(filterFields);
    case 'not':
      return filterFields(filter.inner);
    case 'cmp':
    case 'in':
    case 'to':
    case 'exists':
    case 'null':
    case 'empty':
      return [filter.field];
  }
}

/** Whether a document passes: on an array attribute, a condition holds when any element does. */
export function evaluate(filter: Filter, doc: Record<string, unknown>): boolean {
  switch (filter.kind) {
    case 'or':
      return filter.parts.some((part) => evaluate(part, doc));
    case 'and':
      return filter.parts.every((part) => evaluate(part, doc));
    case 'not':
      return !evaluate(filter.inner, doc);
    case 'exists':
      return doc[filter.field] !== undefined;
    case 'null':
      return doc[filter.field] === null;
    case 'empty': {
      const v = doc[filter.field];
      return v === '' || (Array.isArray(v) && v.length === 0) || isEmptyObject(v);
    }
    case 'in':
      return values(doc[filter.field]).some((v) => filter.values.some((w) => equal(v, w)));
    case 'to':
      return values(doc[filter.field]).some(
        (v) => compare(v, filter.from) >= 0 && compare(v, filter.to) <= 0,
      );
    case 'cmp': {
      const all = values(doc[filter.field]);
      if (filter.op === '!=') return !all.some((v) => equal(v, filter.value));
      const op = filter.op;
      return all.some((v) => {
        if (op === '=') return equal(v, filter.value);
        const c = compare(v, filter.value);
        if (Number.isNaN(c)) return false;
        return { '>': c > 0, '>=': c >= 0, '<': c < 0, '<=': c <= 0 }[op];
      });
    }
  }
}

function values(v: unknown): (string | number | boolean)[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(values);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return [v];
  return [];
}

/** Strings compare case-insensitively (Meilisearch normalises facet values); numbers as numbers. */
function equal(v: string | number | boolean, w: string): boolean {
  if (typeof v === 'number') return Number(w) === v && w.trim() !== '';
  return String(v).toLowerCase() === w.toLowerCase();
}

/** Range operators apply to numbers only. */
function compare(v: string | number | boolean, w: string): number {
  if (typeof v !== 'number' || w.trim() === '' || Number.isNaN(Number(w))) return NaN;
  return v - Number(w);
}

function isEmptyObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/u.test(c)) {
      i += 1;
    } else if ('()[],'.includes(c)) {
      tokens.push({ t: 'punct', v: c as '(' | ')' | '[' | ']' | ',' });
      i += 1;
    } else if (c === '!' || c === '>' || c === '<' || c === '=') {
      const two = source.slice(i, i + 2);
      if (two === '!=' || two === '>=' || two === '<=') {
        tokens.push({ t: 'op', v: two });
        i += 2;
      } else if (c === '!') {
        throw new FilterError('unexpected !');
      } else {
        tokens.push({ t: 'op', v: c });
        i += 1;
      }
    } else if (c === '"' || c === "'") {
      const [text, end] = quoted(source, i + 1, c);
      tokens.push({ t: 'quoted', v: text });
      i = end;
    } else if (WORD_CHAR.test(c)) {
      let end = i;
      while (end < source.length && WORD_CHAR.test(source[end]!)) end += 1;
      tokens.push({ t: 'word', v: source.slice(i, end) });
      i = end;
    } else {
      throw new FilterError(`unexpected ${JSON.stringify(c)}`);
    }
  }
  return tokens;
}

/**
 * A quoted value from `start` (just past the opening quote) to its closing quote, unescaped
 * as filter-parser's `quoted_by` and then the `unescaper` crate do: first `\<quote>` becomes
 * the quote, then `\\`, `\n` and the other escapes are resolved; an unknown escape is an error.
 */
function quoted(source: string, start: number, quote: string): [string, number] {
  let i = start;
  let escaped = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === quote) {
      let raw = source.slice(start, i);
      if (escaped) raw = raw.replaceAll(`\\${quote}`, quote);
      return [unescape(raw), i + 1];
    }
    if (c === '\\') {
      if (i + 1 >= source.length) throw new FilterError('malformed value');
      escaped ||= source[i + 1] === quote;
      i += 2;
    } else {
      i += 1;
    }
  }
  throw new FilterError(`expected the closing ${quote}`);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  "'": "'",
  n: '\n',
  r: '\r',
  t: '\t',
  '0': '\0',
  b: '\b',
  f: '\f',
  '/': '/',
};

function unescape(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[i + 1];
    if (e === undefined) throw new FilterError('incomplete escape');
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 1;
    } else if (e === 'u' && raw[i + 2] === '{') {
      const close = raw.indexOf('}', i + 3);
      if (close < 0) throw new FilterError('incomplete escape');
      out += String.fromCodePoint(parseInt(raw.slice(i + 3, close), 16));
      i = close;
    } else if (e === 'u' || e === 'x') {
      const digits = e === 'u' ? 4 : 2;
      const hex = raw.slice(i + 2, i + 2 + digits);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) {
        throw new FilterError('invalid escaped number');
      }
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + digits;
    } else {
      throw new FilterError(`malformed value: unknown escape \\${e}`);
    }
  }
  return out;
}
