// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  hasQuestionFilters,
  questionFiltersFromParams,
  questionFiltersToParams,
  toQuestionFilter,
} from './question-filters';

const TOPIC = '0b7f6a52-3c1e-4c11-9a0e-2f4b5c6d7e8f';
const ISP = '5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d';

describe('question filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = {
      topics: [TOPIC],
      countries: ['CN'],
      directedTo: [ISP],
      mine: true,
      unanswered: true,
    };
    expect(questionFiltersFromParams(questionFiltersToParams(filters))).toEqual(filters);
  });

  it('drops values that cannot be valid and duplicates', () => {
    const params = new URLSearchParams('topic=x&topic=' + TOPIC + '&topic=' + TOPIC);
    params.append('country', 'china');
    params.append('to', '1; drop');
    params.set('mine', 'yes');
    expect(questionFiltersFromParams(params)).toEqual({ ...NO_FILTERS, topics: [TOPIC] });
  });
});

describe('the API filter', () => {
  it('is empty with no filters, so every readable question is listed', () => {
    expect(toQuestionFilter(NO_FILTERS)).toEqual({});
    expect(hasQuestionFilters(NO_FILTERS)).toBe(false);
  });

  it('asks for the asker’s questions in every status, including those waiting for review', () => {
    expect(toQuestionFilter({ ...NO_FILTERS, mine: true })).toEqual({
      mine: true,
      statuses: ['PENDING_REVIEW', 'OPEN', 'ANSWERED', 'CLOSED', 'REJECTED'],
    });
  });

  it('passes topics, countries, authorities and unanswered through', () => {
    expect(
      toQuestionFilter({
        ...NO_FILTERS,
        topics: [TOPIC],
        countries: ['RU'],
        directedTo: [ISP],
        unanswered: true,
      }),
    ).toEqual({ topicIds: [TOPIC], countryCodes: ['RU'], directedToIds: [ISP], unanswered: true });
  });
});
