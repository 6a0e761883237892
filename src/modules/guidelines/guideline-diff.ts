// SPDX-License-Identifier: EUPL-1.2
import { diffWordsWithSpace } from 'diff';
import { DiffPartKind, SectionChange } from 'src/modules/guidelines/guideline-enums';

/** The text of a section as the diff compares it. */
export interface SectionText {
  key: string;
  headingSv: string;
  headingEn: string;
  bodySv: string;
  bodyEn: string;
}

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

export interface SectionDiff {
  key: string;
  change: SectionChange;
  /** The heading in the newer version (the older one's for a removed section). */
  headingSv: string;
  headingEn: string;
  headingSvParts: DiffPart[];
  headingEnParts: DiffPart[];
  bodySvParts: DiffPart[];
  bodyEnParts: DiffPart[];
}

/**
 * Word-level differences of one text (jsdiff's `diffWordsWithSpace`: whitespace and line breaks
 * count, so a changed Markdown list or paragraph break shows). Runs of the same kind are merged.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added
      ? DiffPartKind.INSERTED
      : change.removed
        ? DiffPartKind.DELETED
        : DiffPartKind.SAME;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

function sameText(a: SectionText, b: SectionText): boolean {
  return (
    a.headingSv === b.headingSv &&
    a.headingEn === b.headingEn &&
    a.bodySv === b.bodySv &&
    a.bodyEn === b.bodyEn
  );
}

/** Whether a section reads differently in two versions (null: absent there). */
export function sectionChanged(before: SectionText | null, after: SectionText | null): boolean {
  if (!before || !after) return before !== after;
  return !sameText(before, after);
}

/**
 * Per section (by its stable key), how `after` differs from `before`: in the newer version's
 * order, with sections removed since listed where they stood.
 */
export function diffSections(
  before: readonly SectionText[],
  after: readonly SectionText[],
): SectionDiff[] {
  const old = new Map(before.map((s) => [s.key, s]));
  const kept = new Set(after.map((s) => s.key));
  const empty: SectionText = { key: '', headingSv: '', headingEn: '', bodySv: '', bodyEn: '' };
  const one = (from: SectionText, to: SectionText, change: SectionChange): SectionDiff => ({
    key: to.key || from.key,
    change,
    headingSv: to.headingSv || from.headingSv,
    headingEn: to.headingEn || from.headingEn,
    headingSvParts: diffText(from.headingSv, to.headingSv),
    headingEnParts: diffText(from.headingEn, to.headingEn),
    bodySvParts: diffText(from.bodySv, to.bodySv),
    bodyEnParts: diffText(from.bodyEn, to.bodyEn),
  });
  const result: SectionDiff[] = [];
  const removedBefore = (index: number) => {
    // Sections of the older version that are gone, placed before the next one that stayed.
    for (const section of before.slice(index)) {
      if (kept.has(section.key)) break;
      result.push(one(section, empty, SectionChange.REMOVED));
    }
  };
  removedBefore(0);
  for (const section of after) {
    const previous = old.get(section.key);
    if (!previous) result.push(one(empty, section, SectionChange.ADDED));
    else {
      result.push(
        one(
          previous,
          section,
          sameText(previous, section) ? SectionChange.UNCHANGED : SectionChange.CHANGED,
        ),
      );
      removedBefore(before.indexOf(previous) + 1);
    }
  }
  return result;
}
