// SPDX-License-Identifier: EUPL-1.2
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Keeps the longest of overlapping spans (a full name over the first name inside it, an e-mail
 * address over the name in its local part); `rank` breaks ties between equally long spans, lower
 * first. The result is sorted by start.
 */
export function longestWithoutOverlaps<T extends Span>(
  spans: readonly T[],
  rank: (span: T) => number = () => 0,
): T[] {
  const preferred = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  );
  const accepted: T[] = [];
  for (const span of preferred) {
    if (accepted.every((other) => span.end <= other.start || span.start >= other.end)) {
      accepted.push(span);
    }
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end);
}
