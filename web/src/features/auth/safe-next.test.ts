// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNext('/cases/7?tab=revisions')).toBe('/cases/7?tab=revisions');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
  ])('sends %j home instead', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
