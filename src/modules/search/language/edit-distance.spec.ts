// SPDX-License-Identifier: EUPL-1.2
import { editDistance } from 'src/modules/search/language/edit-distance';

describe(editDistance.name, () => {
  it.each([
    ['export', 'export', 0],
    ['exprot', 'export', 1], // a swap of neighbours counts one
    ['exort', 'export', 1],
    ['exxport', 'export', 1],
    ['expart', 'export', 1],
    ['epxrot', 'export', 2],
    ['drönrae', 'drönare', 1],
    ['', 'abc', 3],
  ])('%j → %j: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('answers limit + 1 once the distance exceeds the limit', () => {
    expect(editDistance('kvantdator', 'export', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
