// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';
import { createFinding, FindingFingerprinter } from 'src/modules/screening/finding.factory';
import { FindingKind } from 'src/modules/screening/screening.types';

const KEY = DEVELOPMENT_SECRETS.SCREENING_FINGERPRINT_KEY;

describe(FindingFingerprinter.name, () => {
  const sut = new FindingFingerprinter(KEY);

  it('is 16 hex characters', () => {
    expect(sut.fingerprint(FindingKind.EMAIL, 'anna@example.org')).toMatch(/^[0-9a-f]{16}$/u);
  });

  // Acknowledgements are stored: the algorithm (HMAC-SHA-256 of kind, NUL, normalised text) must
  // not drift under the same key.
  it('is stable across calls and processes (a pinned value)', () => {
    expect(sut.fingerprint(FindingKind.EMAIL, 'anna@example.org')).toBe(
      sut.fingerprint(FindingKind.EMAIL, 'anna@example.org'),
    );
    expect(sut.fingerprint(FindingKind.PERSON_NAME, 'Anna Lind')).toBe('018702b778a74651');
  });

  it('ignores case, width and spacing differences', () => {
    expect(sut.fingerprint(FindingKind.PERSON_NAME, 'Anna  Lind')).toBe(
      sut.fingerprint(FindingKind.PERSON_NAME, 'anna lind'),
    );
    expect(sut.fingerprint(FindingKind.PERSON_NAME, 'Ａnna Lind')).toBe(
      sut.fingerprint(FindingKind.PERSON_NAME, 'Anna Lind'),
    );
  });

  it('differs between kinds for the same text', () => {
    expect(sut.fingerprint(FindingKind.PERSON_NAME, 'Vinnova')).not.toBe(
      sut.fingerprint(FindingKind.ORGANISATION_NAME, 'Vinnova'),
    );
  });

  it('depends on the key', () => {
    const other = new FindingFingerprinter('another-key-of-at-least-32-characters');
    expect(other.fingerprint(FindingKind.PERSON_NAME, 'Anna Lind')).not.toBe(
      sut.fingerprint(FindingKind.PERSON_NAME, 'Anna Lind'),
    );
  });

  it('refuses a short key: 31 characters are refused, 32 are enough', () => {
    expect(() => new FindingFingerprinter('short')).toThrow(/32 characters/);
    expect(() => new FindingFingerprinter('k'.repeat(31))).toThrow(
      'The fingerprint key must be at least 32 characters',
    );
    expect(
      new FindingFingerprinter('k'.repeat(32)).fingerprint(FindingKind.EMAIL, 'a@b.se'),
    ).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('ignores spaces around the text', () => {
    expect(sut.fingerprint(FindingKind.PERSON_NAME, ' Anna Lind\n')).toBe(
      sut.fingerprint(FindingKind.PERSON_NAME, 'Anna Lind'),
    );
  });

  // The attack of issue 11: hash every candidate number of a birth year without a key and look
  // the fingerprint up. No unkeyed hash of any written form (with or without the kind prefix,
  // shortened or not) may equal it.
  it('cannot be matched by hashing candidate texts without the key', () => {
    const fingerprint = sut.fingerprint(FindingKind.PERSONAL_IDENTITY_NUMBER, '198112189876');
    const forms = ['198112189876', '8112189876', '811218-9876', '19811218-9876', '811218+9876'];
    const unkeyed = forms.flatMap((form) =>
      [form, `${FindingKind.PERSONAL_IDENTITY_NUMBER}\u0000${form}`].map((input) =>
        createHash('sha256').update(input).digest('hex'),
      ),
    );
    for (const hash of unkeyed) {
      expect(hash).not.toContain(fingerprint);
      expect(fingerprint).not.toBe(hash.slice(0, 16));
    }
  });
});

describe(createFinding.name, () => {
  const sut = createFinding;

  it('takes the text from the source and the normalised canonical form from the detector', () => {
    const finding = sut(FindingKind.PHONE_NUMBER, 'ring 070-174 06 05', 5, 18, '+46701740605');
    expect(finding).toEqual({
      kind: FindingKind.PHONE_NUMBER,
      start: 5,
      end: 18,
      text: '070-174 06 05',
      canonical: '+46701740605',
    });
    expect(sut(FindingKind.PERSON_NAME, 'Anna  LIND', 0, 10).canonical).toBe('anna lind');
  });

  it('does not depend on where the finding is', () => {
    const early = sut(FindingKind.EMAIL, 'a@example.org', 0, 13);
    const late = sut(FindingKind.EMAIL, 'text before a@example.org', 12, 25);
    expect(late.canonical).toBe(early.canonical);
  });
});
