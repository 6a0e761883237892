// SPDX-License-Identifier: EUPL-1.2
import { detectEmailAddresses } from 'src/modules/screening/email.detector';
import { FindingKind } from 'src/modules/screening/screening.types';

describe(detectEmailAddresses.name, () => {
  const sut = detectEmailAddresses;
  const texts = (text: string) => sut(text).map((finding) => finding.text);

  it.each([
    ['a plain address', 'Skriv till anna.lind@example.se.', 'anna.lind@example.se'],
    ['å/ä/ö in the local part', 'Mejla åsa.öberg@example.se', 'åsa.öberg@example.se'],
    ['subdomains', 'to export.control@sub.dept.example.org', 'export.control@sub.dept.example.org'],
    ['plus and hyphen', 'via sanctions-desk+eu@example.org,', 'sanctions-desk+eu@example.org'],
    ['an address in angle brackets', 'Anna <anna@example.org>', 'anna@example.org'],
    ['a mailto link', 'mailto:anna@example.org', 'anna@example.org'],
    ['[at] spelling', 'anna.lind [at] example.se', 'anna.lind [at] example.se'],
    ['(at) and (dot) spelling', 'kontakt (at) example (dot) org', 'kontakt (at) example (dot) org'],
  ])('finds %s', (_case, text, expected) => {
    expect(texts(text)).toEqual([expected]);
    expect(sut(text)[0]?.kind).toBe(FindingKind.EMAIL);
  });

  it('reports UTF-16 offsets into the input', () => {
    const text = 'Hör av dig: åsa@example.se';
    const [finding] = sut(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('åsa@example.se');
  });

  it.each([
    ['an @-mention', 'tagga @exportkontroll på intranätet'],
    ['a handle with a domain-like word', 'följ @kth.se på sociala medier'],
    ['an address without a top-level domain', 'user@localhost'],
    ['a bare at-sign', 'vi ses @ 10.00 i Shanghai'],
    ['a lower-case "at" in prose', 'the meeting at example dot org was cancelled'],
  ])('ignores %s', (_case, text) => {
    expect(sut(text)).toEqual([]);
  });

  it('gives a disguised address the canonical form of the plain one', () => {
    const plain = sut('Anna.Lind@example.se')[0]?.canonical;
    expect(plain).toBe('anna.lind@example.se');
    expect(sut('anna.lind [at] example.se')[0]?.canonical).toBe(plain);
    expect(sut('anna.lind (AT) example (DOT) se')[0]?.canonical).toBe(plain);
    expect(sut('kontakt (at) dept (dot) example (dot) org')[0]?.canonical).toBe(
      'kontakt@dept.example.org',
    );
  });
});
