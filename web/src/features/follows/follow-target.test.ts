// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { followKey, followTargetPath } from './follow-target';

describe('follow targets', () => {
  it('matches ids and country codes as the API stores them', () => {
    expect(followKey('COUNTRY', 'cn')).toBe(followKey('COUNTRY', 'CN'));
    expect(followKey('TOPIC', 'ABC-1')).toBe('TOPIC:abc-1');
    expect(followKey('CASE', 'x')).not.toBe(followKey('QUESTION', 'x'));
  });

  it('links cases and questions, not topics or countries', () => {
    expect(followTargetPath('CASE', '1')).toBe('/cases/1');
    expect(followTargetPath('QUESTION', '2')).toBe('/questions/2');
    expect(followTargetPath('TOPIC', '3')).toBeNull();
    expect(followTargetPath('COUNTRY', 'SE')).toBeNull();
  });
});
