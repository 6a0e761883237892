// SPDX-License-Identifier: EUPL-1.2
/**
 * Only paths on this site, so a crafted link cannot send a member elsewhere after sign-in: not
 * `//host`, nor `/\host` (browsers read the backslash as a slash), nor control characters.
 */
export function safeNext(next: string | null): string {
  // eslint-disable-next-line no-control-regex
  const unsafe =
    !next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next);
  return unsafe ? '/' : next;
}
