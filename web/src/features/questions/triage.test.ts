// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dueState, stockholmToday } from './triage';

describe('response targets in the triage queue', () => {
  it('takes overdue from the API whatever the date says', () => {
    expect(dueState('2026-01-05', true, '2026-01-07')).toBe('overdue');
  });

  it('marks a question due today, and otherwise due or without a target', () => {
    expect(dueState('2026-01-07', false, '2026-01-07')).toBe('dueToday');
    expect(dueState('2026-01-09', false, '2026-01-07')).toBe('due');
    expect(dueState(null, false, '2026-01-07')).toBe('none');
  });

  it('reads today in Stockholm, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(stockholmToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(stockholmToday(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });
});
