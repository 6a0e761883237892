// SPDX-License-Identifier: EUPL-1.2
import { detectPhoneNumbers } from 'src/modules/screening/phone-number.detector';
import { FindingKind } from 'src/modules/screening/screening.types';

// PTS reserves 070-1740605–699, 031-3900600–699 and 08-46500400–499 for fiction; Ofcom reserves
// +44 20 7946 0xxx and +44 113 496 0xxx; 555-01xx is fictional in North America.
describe(detectPhoneNumbers.name, () => {
  const sut = detectPhoneNumbers;
  const texts = (text: string) => sut(text).map((finding) => finding.text);

  it.each([
    ['a Stockholm number', 'Ring 08-465 004 17.', '08-465 004 17'],
    ['a mobile number', 'mobil 070-174 06 05', '070-174 06 05'],
    ['a Gothenburg number', 'växel 031-390 06 00', '031-390 06 00'],
    ['no separators', 'sms 0701740650', '0701740650'],
    ['brackets around the area code', 'tfn (08) 465 004 33', '(08) 465 004 33'],
    ['+46 with spaces', 'tel +46 70 174 06 99', '+46 70 174 06 99'],
    ['+46 with (0)', 'tel +46 (0)8 465 004 12', '+46 (0)8 465 004 12'],
    ['0046', 'från utlandet 0046 8 465 004 41', '0046 8 465 004 41'],
    ['a UK number', 'call +44 20 7946 0958 today', '+44 20 7946 0958'],
    ['a US number with extension', 'call +1 202 555 0199 ext. 12', '+1 202 555 0199 ext. 12'],
  ])('finds %s', (_case, text, expected) => {
    expect(texts(text)).toEqual([expected]);
    expect(sut(text)[0]?.kind).toBe(FindingKind.PHONE_NUMBER);
  });

  it('separates a 0046 number from the number before it', () => {
    expect(texts('mobil +46 70 174 06 99, 0046 8 465 004 01')).toEqual([
      '+46 70 174 06 99',
      '0046 8 465 004 01',
    ]);
  });

  // A label or an amount elsewhere in the sentence says nothing about this number.
  it.each([
    ['after an earlier reference label', 'Dnr 2023/01234, ring 070-174 06 05', '070-174 06 05'],
    ['after a word that ends like a label', 'privat 070-174 06 05', '070-174 06 05'],
    ['after an amount', 'kostar 500 kr, ring 070-174 06 05', '070-174 06 05'],
    ['before an amount', 'ring 070-174 06 05 om fakturan på 500 kr', '070-174 06 05'],
    [
      'before a word that starts like a currency',
      'ring 070-174 06 05 sekreteraren',
      '070-174 06 05',
    ],
    ['before Europa…', 'växel 08-465 004 17 Europakontoret', '08-465 004 17'],
    ['with spaces inside the brackets', 'tfn ( 08 ) 465 004 33', '( 08 ) 465 004 33'],
  ])('finds a number %s', (_case, text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it('separates a 0046 number from the number before it, also after a comma without space', () => {
    expect(texts('mobil 070-174 06 05,0046 8 465 004 01')).toEqual([
      '070-174 06 05',
      '0046 8 465 004 01',
    ]);
  });

  // "0123 456 789" is a valid Swedish number (Västervik) when nothing labels it.
  it('finds an unlabelled number that is also written as a reference below', () => {
    expect(texts('ring 0123 456 789')).toEqual(['0123 456 789']);
  });

  it.each([
    'ref 0123 456 789',
    'Ref. 0123 456 789',
    'Dnr: 0123 456 789',
    'diarienummer 0123 456 789',
    'ärendenummer 0123 456 789',
    'orgnr 0123 456 789',
    'org nr 0123 456 789',
    'org.nr 0123 456 789',
    'momsregistreringsnummer 0123 456 789',
    'referensnummer 0123 456 789',
    'kontraktsnummer 0123 456 789',
    'vårt kontrakt 0123 456 789',
  ])('ignores a reference however its label is written: %p', (text) => {
    expect(sut(text)).toEqual([]);
  });

  // Amounts padded with a leading zero (tables) would pass the trunk-prefix rule.
  it.each([
    'SEK 012 500 000',
    'belopp SEK  012 500 000',
    'kostar 012 500 000 kr',
    'kostar 012 500 000  kr',
    'kostar 012 500 000 euro',
    'kostar 012 500 000 dollar',
  ])('ignores an amount with a leading zero: %p', (text) => {
    expect(sut(text)).toEqual([]);
  });

  it.each([
    'öppet 08.00 – 17.00',
    'telefontid 08.00—17.00',
    'öppet 08.00–17.00, 18.00–20.00',
    'telefontid (08.00–17.00)',
    'telefontid ( 08.00–17.00 )',
  ])('ignores opening hours however they are written: %p', (text) => {
    expect(sut(text)).toEqual([]);
  });

  it('ignores digit groups shaped like a date', () => {
    expect(sut('0101-02-2023 och 0701.12.2026')).toEqual([]);
  });

  it.each([
    ['a year', 'under 2021'],
    ['a year range', 'perioden 2019–2023 och 2024-2026'],
    ['an amount', 'budget 1 500 000 kr och SEK 2 300 000'],
    ['an ISBN', 'ISBN 978-91-7385-123-4 och ISBN 0-306-40615-2'],
    ['a diary number', 'Dnr 2023/01234 och dnr 1.2.3-01234/2023'],
    ['a grant number', 'grant 101070202 och projekt 2021-04512'],
    ['a date', 'den 2023-10-05 och 05.10.2023'],
    ['opening hours', 'öppet 08.00–17.00'],
    ['a personal identity number', 'pnr 811218-9876'],
    ['a number without trunk prefix', 'tel. 46 70 174 06 05'],
    ['a contract reference', 'contract 0123 456 789'],
  ])('ignores %s', (_case, text) => {
    expect(sut(text)).toEqual([]);
  });

  it('gives national and international forms of a number one canonical form', () => {
    const canonical = ['070-174 06 05', '+46 70 174 06 05', '0046701740605'].map(
      (text) => sut(text)[0]?.canonical,
    );
    expect(new Set(canonical).size).toBe(1);
  });
});
