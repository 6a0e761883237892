// SPDX-License-Identifier: EUPL-1.2
import type { FindingKind, ScreenTextQuery } from '../../graphql/graphql';

export type Finding = ScreenTextQuery['screenText'][number];

/** Identity and coordination numbers must be removed: the API refuses to accept them (DOMAIN §4). */
export function canAcknowledge(kind: FindingKind): boolean {
  return kind !== 'PERSONAL_IDENTITY_NUMBER' && kind !== 'COORDINATION_NUMBER';
}

/** Whether a finding still describes the text (the author may have typed since it was screened). */
export function stillAt(text: string, finding: Finding): boolean {
  return text.slice(finding.start, finding.end) === finding.text;
}

/**
 * The text without the finding, with the space it leaves behind tidied: "ring 070 123 45 67 i
 * dag" becomes "ring i dag". Unchanged when the text has moved on since the finding.
 */
export function removeFinding(text: string, finding: Finding): string {
  if (!stillAt(text, finding)) return text;
  const before = text.slice(0, finding.start);
  const after = text.slice(finding.end);
  if (/[ \t]$/.test(before) && /^[ \t]/.test(after)) return before + after.replace(/^[ \t]+/, '');
  if (/[ \t]$/.test(before) && /^([.,;:!?)]|$)/.test(after))
    return before.replace(/[ \t]+$/, '') + after;
  return before + after;
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** A few words either side of a finding, for the list that shows it highlighted. */
export function excerpt(text: string, finding: Finding, radius = 30): Excerpt {
  const from = Math.max(0, finding.start - radius);
  const to = Math.min(text.length, finding.end + radius);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, finding.start),
    match: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, to) + (to < text.length ? '…' : ''),
  };
}

/** 1-based character positions as a person counts them, e.g. "tecken 12–24". */
export function position(finding: Finding): { from: number; to: number } {
  return { from: finding.start + 1, to: finding.end };
}
