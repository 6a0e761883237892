// SPDX-License-Identifier: EUPL-1.2
import { windowStart } from 'src/modules/search/postgres/date-window';

/** Eleven bounds: ten buckets of a tenth of the documents each, one day apart. */
const bounds = Array.from({ length: 11 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)));
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('windowStart', () => {
  it('starts at the bound after which the share of the documents lies', () => {
    expect(windowStart(bounds, 0.1)).toEqual(day(10));
    expect(windowStart(bounds, 0.3)).toEqual(day(8));
  });

  it('takes the earlier bound when the share falls inside a bucket, never a smaller window', () => {
    expect(windowStart(bounds, 0.05)).toEqual(day(10));
    expect(windowStart(bounds, 0.25)).toEqual(day(8));
    expect(windowStart(bounds, 0.01)).toEqual(day(10));
  });

  it('gives no window when it would hold every document', () => {
    expect(windowStart(bounds, 0.95)).toBeNull();
    expect(windowStart(bounds, 1)).toBeNull();
    expect(windowStart(bounds, 40)).toBeNull();
  });

  it('gives no window without a histogram or a share', () => {
    expect(windowStart([], 0.1)).toBeNull();
    expect(windowStart([day(1)], 0.1)).toBeNull();
    expect(windowStart(bounds, 0)).toBeNull();
    expect(windowStart(bounds, Number.NaN)).toBeNull();
  });
});
