// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { insightFiltersFromParams } from './insight-filters';

const TODAY = new Date('2026-12-07T10:00:00Z');

describe('insightFiltersFromParams', () => {
  it('defaults to this calendar year by quarter, every topic, both kinds', () => {
    expect(insightFiltersFromParams(new URLSearchParams(), TODAY)).toEqual({
      dimension: 'TOPIC',
      period: 'QUARTER',
      kind: null,
      from: '2026-01-01',
      to: '2027-01-01',
    });
  });

  it('keeps known choices and replaces unknown ones with their default', () => {
    const params = new URLSearchParams(
      'dimension=LEVEL_BAND&period=weekly&kind=CASE&from=2025-03-01&to=soon',
    );
    expect(insightFiltersFromParams(params, TODAY)).toEqual({
      dimension: 'LEVEL_BAND',
      period: 'QUARTER',
      kind: 'CASE',
      from: '2025-03-01',
      to: '2027-01-01',
    });
  });
});
