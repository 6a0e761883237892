// SPDX-License-Identifier: EUPL-1.2
/** Long enough for any page of ours with its query; longer is not a page of ours. */
const MAX_LENGTH = 2000;
const PROBE_ORIGIN = 'https://samrad.invalid';

/**
 * Where a federated sign-in returns the member to (`?next=` on the start URL): only a path on
 * the web client's own origin. Anything else — an absolute URL, a scheme-relative `//host`, a
 * backslash that browsers read as a slash (`/\host`), control characters — is no destination
 * at all (the member lands on the home page), so a crafted sign-in link cannot be an open
 * redirect.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > MAX_LENGTH) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value) || value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
