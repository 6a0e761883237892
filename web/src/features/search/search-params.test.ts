// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  hasSearchFilters,
  searchFromParams,
  searchToParams,
  toSearchFilter,
  withFilter,
  withoutFilters,
} from './search-params';

const TOPIC = '6f1c2a52-3c7e-4b8e-9f0a-1d2e3f4a5b6c';

describe('search parameters', () => {
  it('round-trips a search through the URL', () => {
    const params = new URLSearchParams(
      `q=drönare&type=CASE&topic=${TOPIC}&country=CN&outcome=DECLINED&year=2024&level=GREEN&sort=NEWEST&pages=3`,
    );
    const state = searchFromParams(params);
    expect(state).toEqual({
      q: 'drönare',
      types: ['CASE'],
      topics: [TOPIC],
      countries: ['CN'],
      outcomes: ['DECLINED'],
      years: [2024],
      levels: ['GREEN'],
      sort: 'NEWEST',
      pages: 3,
    });
    expect(searchFromParams(searchToParams(state))).toEqual(state);
  });

  it('drops values that cannot be valid and falls back to defaults', () => {
    const state = searchFromParams(
      new URLSearchParams(
        'q=%20x%20&type=BLOG&topic=nope&country=se&year=24&level=PINK&sort=OLD&pages=-2',
      ),
    );
    expect(state).toMatchObject({
      q: 'x',
      types: [],
      topics: [],
      countries: [],
      years: [],
      levels: [],
      sort: 'RELEVANCE',
      pages: 1,
    });
    expect(searchFromParams(new URLSearchParams('pages=999')).pages).toBe(20);
    expect(searchFromParams(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('leaves defaults out of the URL', () => {
    const state = searchFromParams(new URLSearchParams('q=x'));
    expect(searchToParams(state).toString()).toBe('q=x');
  });

  it('gives the API only the filters that are set', () => {
    const state = searchFromParams(new URLSearchParams('q=x&country=CN&type=QUESTION'));
    expect(toSearchFilter(state)).toEqual({ countryCodes: ['CN'], types: ['QUESTION'] });
    expect(hasSearchFilters(state)).toBe(true);
    expect(toSearchFilter(withoutFilters(state))).toEqual({});
    expect(hasSearchFilters(withoutFilters(state))).toBe(false);
  });

  it('starts from the first page when a filter changes', () => {
    const state = searchFromParams(new URLSearchParams('q=x&pages=4'));
    expect(withFilter(state, 'years', [2023]).pages).toBe(1);
  });
});
