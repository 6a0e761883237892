// SPDX-License-Identifier: EUPL-1.2
import { AppError } from 'src/graph/errors/app-error';
import { encodeCursor } from 'src/graph/pagination/cursor';
import {
  decodeOffset,
  encodeOffset,
  pageWindow,
} from 'src/modules/search/meilisearch/meili-paging';

describe(pageWindow.name, () => {
  const sut = pageWindow;

  it('uses pages of the requested size when the offset is on a page boundary', () => {
    expect(sut(0, 20)).toEqual({ page: 1, hitsPerPage: 20, skip: 0 });
    expect(sut(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 });
  });

  it('covers exactly the wanted hits for any offset, with the smallest page that does', () => {
    for (let offset = 0; offset <= 60; offset += 1) {
      for (let first = 1; first <= 25; first += 1) {
        const { page, hitsPerPage, skip } = sut(offset, first);
        const start = (page - 1) * hitsPerPage;
        expect(start + skip).toBe(offset);
        expect(start + hitsPerPage).toBeGreaterThanOrEqual(offset + first);
        expect(hitsPerPage).toBeGreaterThanOrEqual(first);
        expect(hitsPerPage).toBeLessThanOrEqual(offset + first);
        for (let smaller = first; smaller < hitsPerPage; smaller += 1) {
          const end = (Math.floor(offset / smaller) + 1) * smaller;
          expect(end).toBeLessThan(offset + first);
        }
      }
    }
    expect(sut(3, 10)).toEqual({ page: 1, hitsPerPage: 13, skip: 3 });
    expect(sut(25, 10)).toEqual({ page: 3, hitsPerPage: 12, skip: 1 });
  });

  it('refuses nonsense', () => {
    expect(() => sut(-1, 10)).toThrow();
    expect(() => sut(0, 0)).toThrow();
  });
});

describe(decodeOffset.name, () => {
  it('reads back what encodeOffset wrote, and starts at 0 without a cursor', () => {
    expect(decodeOffset(encodeOffset(37))).toBe(37);
    expect(decodeOffset(null)).toBe(0);
    expect(decodeOffset(undefined)).toBe(0);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['another list', encodeCursor(['2025-01-01', 'abc'])],
    ['a negative offset', encodeCursor(['meili', -5])],
    ['a fractional offset', encodeCursor(['meili', 1.5])],
  ])('refuses %s with BAD_USER_INPUT', (_, cursor) => {
    expect(() => decodeOffset(cursor)).toThrow(AppError);
  });
});
