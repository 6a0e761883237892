// SPDX-License-Identifier: EUPL-1.2
import { DiffPartKind, SectionChange } from 'src/modules/guidelines/guideline-enums';
import { diffSections, diffText, sectionChanged } from 'src/modules/guidelines/guideline-diff';

const section = (key: string, bodySv: string, bodyEn = bodySv) => ({
  key,
  headingSv: key,
  headingEn: key,
  bodySv,
  bodyEn,
});

describe(diffSections.name, () => {
  it('marks each section by its key: changed, unchanged, added and removed in place', () => {
    const sut = diffSections(
      [section('a', 'ett'), section('b', 'två'), section('c', 'tre')],
      [section('a', 'ett'), section('c', 'tre och mer'), section('d', 'fyra')],
    );
    expect(sut.map((s) => [s.key, s.change])).toEqual([
      ['a', SectionChange.UNCHANGED],
      ['b', SectionChange.REMOVED],
      ['c', SectionChange.CHANGED],
      ['d', SectionChange.ADDED],
    ]);
    expect(sut[2]!.bodySvParts).toEqual([
      { kind: DiffPartKind.SAME, text: 'tre' },
      { kind: DiffPartKind.INSERTED, text: ' och mer' },
    ]);
    expect(sut[1]!.bodySvParts).toEqual([{ kind: DiffPartKind.DELETED, text: 'två' }]);
  });
});

describe(diffText.name, () => {
  it('gives back both texts: the same and deleted parts make the old, same and inserted the new', () => {
    const before = 'Känn din partner: ägare och finansiärer.';
    const after = 'Känn din partner: ägare, styrelse och finansiärer.';
    const sut = diffText(before, after);
    const join = (kinds: DiffPartKind[]) =>
      sut
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.text)
        .join('');
    expect(join([DiffPartKind.SAME, DiffPartKind.DELETED])).toBe(before);
    expect(join([DiffPartKind.SAME, DiffPartKind.INSERTED])).toBe(after);
  });
});

describe(sectionChanged.name, () => {
  it('counts an English-only edit and an absent section as a change', () => {
    expect(sectionChanged(section('a', 'x', 'y'), section('a', 'x', 'z'))).toBe(true);
    expect(sectionChanged(section('a', 'x'), null)).toBe(true);
    expect(sectionChanged(section('a', 'x'), section('a', 'x'))).toBe(false);
  });
});
