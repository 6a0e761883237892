import { createFinding, fingerprintOf } from 'src/modules/screening/finding.factory';
import { FindingKind } from 'src/modules/screening/screening.types';

describe(fingerprintOf.name, () => {
  const sut = fingerprintOf;

  it('is 16 hex characters', () => {
    expect(sut(FindingKind.EMAIL, 'anna@example.org')).toMatch(/^[0-9a-f]{16}$/u);
  });

  // Acknowledgements are stored: the algorithm (sha256 of kind, NUL, normalised text) must not drift.
  it('is stable across calls and processes (a pinned value)', () => {
    expect(sut(FindingKind.EMAIL, 'anna@example.org')).toBe(
      sut(FindingKind.EMAIL, 'anna@example.org'),
    );
    expect(sut(FindingKind.PERSON_NAME, 'Anna Lind')).toBe('08636715fc571f16');
  });

  it('ignores case, width and spacing differences', () => {
    expect(sut(FindingKind.PERSON_NAME, 'Anna  Lind')).toBe(
      sut(FindingKind.PERSON_NAME, 'anna lind'),
    );
    expect(sut(FindingKind.PERSON_NAME, 'Ａnna Lind')).toBe(
      sut(FindingKind.PERSON_NAME, 'Anna Lind'),
    );
  });

  it('differs between kinds for the same text', () => {
    expect(sut(FindingKind.PERSON_NAME, 'Vinnova')).not.toBe(
      sut(FindingKind.ORGANISATION_NAME, 'Vinnova'),
    );
  });
});

describe(createFinding.name, () => {
  const sut = createFinding;

  it('takes the text from the source and the fingerprint from the canonical form', () => {
    const finding = sut(FindingKind.PHONE_NUMBER, 'ring 070-174 06 05', 5, 18, '+46701740605');
    expect(finding).toEqual({
      kind: FindingKind.PHONE_NUMBER,
      start: 5,
      end: 18,
      text: '070-174 06 05',
      fingerprint: fingerprintOf(FindingKind.PHONE_NUMBER, '+46701740605'),
    });
  });

  it('does not depend on where the finding is', () => {
    const early = sut(FindingKind.EMAIL, 'a@example.org', 0, 13);
    const late = sut(FindingKind.EMAIL, 'text before a@example.org', 12, 25);
    expect(late.fingerprint).toBe(early.fingerprint);
  });
});
