// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  canAcknowledge,
  excerpt,
  position,
  removeFinding,
  stillAt,
  type Finding,
} from './findings';

const text = 'Ring 070-123 45 67 i dag, eller skriv till 19121212-1212.';
const phone: Finding = {
  kind: 'PHONE_NUMBER',
  start: 5,
  end: 18,
  text: '070-123 45 67',
  fingerprint: 'p',
};
const pnr: Finding = {
  kind: 'PERSONAL_IDENTITY_NUMBER',
  start: 43,
  end: 56,
  text: '19121212-1212',
  fingerprint: 'n',
};

describe('screening findings in the editor', () => {
  it('removes a finding and the double space it would leave', () => {
    expect(removeFinding(text, phone)).toBe('Ring i dag, eller skriv till 19121212-1212.');
  });

  it('removes a finding before punctuation without leaving a space before it', () => {
    expect(removeFinding(text, pnr)).toBe('Ring 070-123 45 67 i dag, eller skriv till.');
  });

  it('leaves text alone when it has changed since the finding was reported', () => {
    const edited = `Hej! ${text}`;
    expect(stillAt(edited, phone)).toBe(false);
    expect(removeFinding(edited, phone)).toBe(edited);
  });

  it('allows acknowledging names and addresses but never identity or coordination numbers', () => {
    expect(canAcknowledge('PERSON_NAME')).toBe(true);
    expect(canAcknowledge('ORGANISATION_NAME')).toBe(true);
    expect(canAcknowledge('PERSONAL_IDENTITY_NUMBER')).toBe(false);
    expect(canAcknowledge('COORDINATION_NUMBER')).toBe(false);
  });

  it('shows a finding with the words around it and its position as people count', () => {
    expect(excerpt(text, phone, 5)).toEqual({
      before: 'Ring ',
      match: '070-123 45 67',
      after: ' i da…',
    });
    expect(position(phone)).toEqual({ from: 6, to: 18 });
  });
});
