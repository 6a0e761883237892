// SPDX-License-Identifier: EUPL-1.2
import { longestWithoutOverlaps } from 'src/modules/screening/finding-overlaps';

describe(longestWithoutOverlaps.name, () => {
  const sut = longestWithoutOverlaps;
  const span = (start: number, end: number, name = '') => ({ start, end, name });

  it('keeps the longest of overlapping spans and sorts by start', () => {
    expect(sut([span(5, 8), span(0, 3), span(2, 10)])).toEqual([span(2, 10)]);
    expect(sut([span(10, 12), span(0, 3)])).toEqual([span(0, 3), span(10, 12)]);
  });

  it('treats touching spans as not overlapping', () => {
    expect(sut([span(0, 3), span(3, 6)])).toEqual([span(0, 3), span(3, 6)]);
  });

  it('keeps a shorter span that ends where a longer one, accepted first, starts', () => {
    expect(sut([span(0, 3), span(3, 8)])).toEqual([span(0, 3), span(3, 8)]);
  });

  // Only an empty span can share its start with another accepted span (detectors report none,
  // but the order must not depend on which span was preferred).
  it('orders spans with the same start by end', () => {
    expect(sut([span(3, 6), span(3, 3)])).toEqual([span(3, 3), span(3, 6)]);
    expect(sut([span(3, 3), span(3, 6)])).toEqual([span(3, 3), span(3, 6)]);
  });

  it('breaks ties by rank, lower first', () => {
    const spans = [span(0, 4, 'phone'), span(0, 4, 'pin')];
    expect(sut(spans, (s) => (s.name === 'pin' ? 0 : 1))).toEqual([span(0, 4, 'pin')]);
  });

  it('keeps the earlier of equally long, equally ranked overlapping spans', () => {
    expect(sut([span(2, 6, 'later'), span(0, 4, 'earlier')])).toEqual([span(0, 4, 'earlier')]);
    expect(sut([span(0, 4, 'earlier'), span(2, 6, 'later')])).toEqual([span(0, 4, 'earlier')]);
  });

  it('returns nothing for nothing', () => {
    expect(sut([])).toEqual([]);
  });
});
