// SPDX-License-Identifier: EUPL-1.2
import { detectPersonalIdentityNumbers } from 'src/modules/screening/personal-identity-number.detector';
import { FindingKind } from 'src/modules/screening/screening.types';

// Fictional numbers only: 701063-2391 is the example in Skatteverket's guidance on coordination
// numbers, 811218-9876 a widely printed textbook example; the rest are generated with a valid
// checksum and a 98x-99x serial.
describe(detectPersonalIdentityNumbers.name, () => {
  const sut = detectPersonalIdentityNumbers;
  const texts = (text: string) => sut(text).map((finding) => finding.text);

  it.each([
    ['YYMMDD-XXXX', 'pnr 811218-9876.', '811218-9876'],
    ['YYMMDD+XXXX (100 years or older)', 'född 1912: 120415+9824', '120415+9824'],
    ['YYYYMMDD-XXXX', 'nummer 19560311-9834 i listan', '19560311-9834'],
    ['YYYYMMDDXXXX', 'nummer 195603119834 i listan', '195603119834'],
    ['YYMMDDXXXX', 'nummer 8112189876 i listan', '8112189876'],
    ['spaces around the separator', 'nummer 19640723 - 9844 i listan', '19640723 - 9844'],
    ['a space as separator', 'nummer 811218 9876 i listan', '811218 9876'],
    ['an en dash as separator', 'nummer 811218–9876 i listan', '811218–9876'],
    ['an 1800s birth date with century', 'nummer 18991231-9812 i listan', '18991231-9812'],
    ['a label glued on', 'pnr:8112189876', '8112189876'],
    ['an abbreviation dot before it', 'pnr.811218-9876', '811218-9876'],
    ['a number and a space before it', 'rad 12 811218-9876', '811218-9876'],
    ['a number after a space', 'pnr 811218-9876 2 gånger', '811218-9876'],
    ['a full stop and more text after it', 'pnr 811218-9876. Sedan', '811218-9876'],
  ])('finds %s', (_form, text, expected) => {
    expect(texts(text)).toEqual([expected]);
    expect(sut(text)[0]?.kind).toBe(FindingKind.PERSONAL_IDENTITY_NUMBER);
  });

  it('reports coordination numbers (day of birth + 60) as their own kind', () => {
    const [finding] = sut('samordningsnummer 701063-2391');
    expect(finding).toMatchObject({
      kind: FindingKind.COORDINATION_NUMBER,
      text: '701063-2391',
      start: 18,
      end: 29,
    });
  });

  it.each([
    ['a wrong checksum', 'pnr 811218-9875'],
    ['a random ten-digit number', 'faktura 4512789634'],
    ['an ISO date with a suffix', 'ärende 20231005-1234'],
    ['a date', 'beslut 2023-10-05'],
    ['an organisation number', 'org.nr 202100-2932'],
    ['a diary number', 'Dnr 2023/01234'],
    ['an EU project number', 'grant 101070202'],
    ['a valid number inside a longer digit run', 'konto 198112189876123'],
    ['a valid number after a hyphenated prefix', 'ref 2021-811218-9876'],
    ['a valid number glued to letters', 'SE8112189876X'],
    ['a phone number in international form', '+46701740605'],
    ['a birth date without serial', 'född 811218'],
    ['a date and a serial on separate lines', 'född 811218\n9876 st'],
    ['a separator at the start of the next line', 'född 811218\n-9876 st'],
    ['a separator at the end of the line', 'född 811218-\n9876 st'],
    ['a letter before the separator', 'kod 811218x-9876'],
    ['a letter after the separator', 'kod 811218-x9876'],
    ['a letter as separator', 'kod 811218x9876'],
  ])('ignores %s', (_case, text) => {
    expect(sut(text)).toEqual([]);
  });

  it('gives every written form of the same number one canonical form', () => {
    const canonical = ['811218-9876', '19811218-9876', '198112189876', '811218 - 9876'].map(
      (text) => sut(text)[0]?.canonical,
    );
    expect(new Set(canonical).size).toBe(1);
    expect(canonical[0]).toBe('198112189876');
  });

  // "+" marks someone aged 100 or more: 811218+9876 was born in 1881, not 1981.
  it('reads the + separator as the previous century, the same as its 12-digit form', () => {
    const centenarian = ['811218+9876', '18811218-9876', '188112189876'].map(
      (text) => sut(text)[0]?.canonical,
    );
    expect(centenarian).toEqual(Array(3).fill('188112189876'));
    expect(sut('811218-9876')[0]?.canonical).toBe('198112189876');
  });
});
