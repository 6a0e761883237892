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
