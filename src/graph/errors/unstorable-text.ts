// SPDX-License-Identifier: EUPL-1.2
/** At most this many offending paths are reported; one is enough to fix the request. */
const MAX_REPORTED = 10;

/**
 * NUL (PostgreSQL's text types cannot hold it) and unpaired UTF-16 surrogates (not Unicode text:
 * encoders replace them silently and validators such as isEmail throw on them). No legitimate
 * input contains either.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates';

/**
 * The paths (`input.title`, `filter.topicIds[2]`) of every string in `value` that is not storable
 * text. `root` names the argument itself; it is empty for `@Args()` classes, whose properties
 * are the arguments.
 */
export function findUnstorableText(value: unknown, root: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string, depth: number): void => {
    if (found.length >= MAX_REPORTED || depth > 32) return;
    if (typeof node === 'string') {
      if (UNSTORABLE.test(node)) found.push(path || 'input');
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
    } else if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, child] of Object.entries(node)) {
        visit(child, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  visit(value, root, 0);
  return found;
}
