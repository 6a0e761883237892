// SPDX-License-Identifier: EUPL-1.2
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  checkPassword,
} from 'src/modules/auth/password-policy';

const STRONG = 'korp-lavendel-fjord-47';

describe('password policy', () => {
  it('accepts a long, hard to guess password', () => {
    expect(checkPassword(STRONG)).toEqual([]);
    expect(checkPassword(STRONG, ['anna.berg@example.se', 'Anna Berg'])).toEqual([]);
  });

  it('needs at least 12 characters: 11 are refused, 12 are weighed', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(checkPassword('qZ7!vR2#pL9')).toEqual([
      { field: 'password', message: 'must be at least 12 characters' },
    ]);
    expect(checkPassword('qZ7!vR2#pL9x')).toEqual([]);
  });

  it('takes at most 256 characters: 256 pass, 257 are refused', () => {
    expect(MAX_PASSWORD_LENGTH).toBe(256);
    const long = (n: number) => `${STRONG}-${'x7Qz'.repeat(70)}`.slice(0, n);
    expect(checkPassword(long(256))).toEqual([]);
    expect(checkPassword(long(257))).toEqual([
      { field: 'password', message: 'must be at most 256 characters' },
    ]);
  });

  it('refuses a password containing the e-mail address, its local part or the name, any case', () => {
    const inputs = ['Anna.Berg@Example.se', 'Annika Holmström'];
    const refusal = [
      { field: 'password', message: 'must not contain your e-mail address or name' },
    ];
    expect(checkPassword('x9!anna.berg@example.se', inputs)).toEqual(refusal);
    expect(checkPassword('Q7#vANNA.BERGzz', inputs)).toEqual(refusal);
    expect(checkPassword('zz annika holmström 9', inputs)).toEqual(refusal);
    // Blank inputs are no words (every password "contains" the empty string).
    expect(checkPassword(STRONG, ['  ', '@x.se'])).toEqual([]);
  });

  it('lets short inputs (under 4 characters) appear in the password', () => {
    expect(checkPassword(`bo-${STRONG}`, ['bo@x.se', 'Bo'])).toEqual([]);
  });

  it('refuses a weak password with zxcvbn’s hint', () => {
    const [problem, ...rest] = checkPassword('password1234');
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('password');
    expect(problem?.message).toMatch(/^is too weak: \S/);
    // zxcvbn's own warning, not the fallback.
    expect(problem?.message).toBe('is too weak: This is similar to a commonly used password.');
  });

  it('accepts a strength estimate of exactly 3, the lowest that passes', () => {
    // 'Vinter2020!!' scores 3 (a word, a year, a repeat): safe against an offline slow hash.
    expect(checkPassword('Vinter2020!!')).toEqual([]);
  });

  it('counts the platform’s own words as easy guesses', () => {
    expect(checkPassword('samradsamrad')).toHaveLength(1);
    expect(checkPassword('Internationalisering1')).toHaveLength(1);
    expect(checkPassword('hogskolasakerhet')).toHaveLength(1);
  });

  it('counts keyboard walks as easy guesses', () => {
    expect(checkPassword('zxcvbnm,./asd')).toHaveLength(1);
  });

  // Each of these scores 3 or 4 when its platform word is not in the dictionary.
  it.each([
    'samrad123456',
    'samråd123456',
    'internationalisering7!',
    'universitet-7!',
    'hogskola-Kq7',
    'högskola-Kq7',
    'sakerhet-Kq7',
    'säkerhet-Kq7',
  ])('counts %p as an easy guess for its platform word', (password) => {
    expect(checkPassword(password)).toHaveLength(1);
  });

  it('counts parts of the e-mail and name as known words (not just the whole input)', () => {
    // "lindqvist" alone passes as an unknown word; as the member's surname it is a guess.
    const password = 'Lindqvist!Tor';
    expect(checkPassword(password)).toEqual([]);
    expect(checkPassword(password, ['tor_lindqvist@uni.se'])).toHaveLength(1);
  });

  it('counts a three-letter name as a known word (parts of 3 characters or more)', () => {
    // Too short for the containment rule (under 4), but "åsa" as the member's own first name
    // is a guess: without it the same password passes.
    const password = 'ÅsaBjörkBjörk';
    expect(checkPassword(password)).toEqual([]);
    expect(checkPassword(password, ['ek@kth.se', 'Bo Ek'])).toEqual([]);
    expect(checkPassword(password, ['asa.ek@kth.se', 'Åsa Ek'])).toHaveLength(1);
  });

  it('refuses an input of exactly 4 characters, however the input was padded', () => {
    const refusal = [
      { field: 'password', message: 'must not contain your e-mail address or name' },
    ];
    expect(checkPassword(`olle-${STRONG}`, ['Olle'])).toEqual(refusal);
    expect(checkPassword('zz annika holmström 9', ['  Annika Holmström  '])).toEqual(refusal);
  });
});
