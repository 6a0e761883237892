// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { matchesAtWordStart } from './picker-match';

// The collator React Aria's useFilter uses, at the same sensitivity as the picker.
const collator = new Intl.Collator('sv', { usage: 'search', sensitivity: 'base' });
const startsWith = (text: string, query: string) =>
  collator.compare(text.slice(0, query.length), query) === 0;
const matches = (name: string, query: string) => matchesAtWordStart(name, query, startsWith);

describe('picker options matched at the start of a word', () => {
  it('finds a name by the beginning of its first or a later word, in any case', () => {
    expect(matches('Sverige', 'sver')).toBe(true);
    expect(matches('Demokratiska republiken Kongo', 'kon')).toBe(true);
    expect(matches('Guinea-Bissau', 'biss')).toBe(true);
    expect(matches('Saint Helena, Ascension and Tristan da Cunha', 'tristan')).toBe(true);
  });

  it('does not match letters inside a word', () => {
    expect(matches('Ryssland', 's')).toBe(false);
    expect(matches('Kongo', 'ongo')).toBe(false);
  });

  it('matches typed text that runs across words', () => {
    expect(matches('Förenade arabemiraten', 'förenade ara')).toBe(true);
    expect(matches('Förenade arabemiraten', 'förenade kon')).toBe(false);
  });

  it('keeps Swedish letters apart from their look-alikes', () => {
    expect(matches('Österrike', 'ö')).toBe(true);
    expect(matches('Oman', 'ö')).toBe(false);
  });

  it('matches every name when nothing but spaces is typed', () => {
    expect(matches('Sverige', '')).toBe(true);
    expect(matches('Sverige', '  ')).toBe(true);
  });
});
