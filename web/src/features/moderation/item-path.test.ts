// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { contentTypeOf, itemPath } from './item-path';

describe('itemPath', () => {
  it('round-trips every content type through its address', () => {
    for (const type of ['CASE', 'QUESTION', 'ANSWER'] as const) {
      const segment = itemPath(type, 'abc').split('/')[2];
      expect(contentTypeOf(segment)).toBe(type);
    }
  });

  it('knows no other segment', () => {
    expect(contentTypeOf('member')).toBeNull();
    expect(contentTypeOf(undefined)).toBeNull();
  });
});
