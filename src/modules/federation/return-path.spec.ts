// SPDX-License-Identifier: EUPL-1.2
import { safeReturnPath } from 'src/modules/federation/return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/cases/5f0c', '/cases/5f0c'],
    ['/questions?status=OPEN&page=2', '/questions?status=OPEN&page=2'],
    ['/settings/security#passkeys', '/settings/security#passkeys'],
  ])('keeps a same-origin path: %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/phish'],
    ['a scheme-relative URL', '//evil.example/phish'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a tab inside the scheme-relative form', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without slash', 'cases/1'],
    ['a newline (header splitting)', '/cases\r\nSet-Cookie: x=1'],
    ['nothing', ''],
    ['a list (repeated query parameter)', ['/a', '/b']],
    ['a very long path', `/${'a'.repeat(2001)}`],
  ])('refuses %s', (_what, input) => {
    expect(safeReturnPath(input)).toBeNull();
  });
});
