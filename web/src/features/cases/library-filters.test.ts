// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, hasFilters, toCaseFilter } from './library-filters';

const TOPIC = '0b6c1f9e-8a4f-4c1e-9a57-3f3f2b1d9c01';

describe('library filters in the URL', () => {
  it('round-trips every kind of filter through the query string', () => {
    const filters = {
      topics: [TOPIC],
      countries: ['CN', 'IS'],
      outcomes: ['DECLINED' as const],
      years: [2024],
      levels: ['GREEN' as const, 'AMBER' as const],
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(
      `topic=${TOPIC}&country=CN&country=IS&outcome=DECLINED&year=2024&level=GREEN&level=AMBER`,
    );
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('drops values a hand-edited link could carry that the API would refuse', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'topic=1;drop&country=china&outcome=MAYBE&year=20x4&level=BLACK&level=RED',
      ),
    );
    expect(filters).toEqual({
      topics: [],
      countries: [],
      outcomes: [],
      years: [],
      levels: ['RED'],
    });
  });

  it('sends only the filters that are set', () => {
    const none = filtersFromParams(new URLSearchParams());
    expect(hasFilters(none)).toBe(false);
    expect(toCaseFilter(none)).toEqual({});
    expect(toCaseFilter({ ...none, years: [2023] })).toEqual({ years: [2023] });
  });
});
