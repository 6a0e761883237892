// SPDX-License-Identifier: EUPL-1.2
/** A backslash (browsers read it as a slash) or a control character. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\\u0000-\u001f]/;

/**
 * Only paths on this site, so a crafted link cannot send a member elsewhere after sign-in: not
 * `//host`, nor `/\host` (browsers read the backslash as a slash), nor control characters.
 */
export function safeNext(next: string | null): string {
  const unsafe = !next || !next.startsWith('/') || next.startsWith('//') || UNSAFE.test(next);
  return unsafe ? '/' : next;
}
