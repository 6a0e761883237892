// SPDX-License-Identifier: EUPL-1.2
/** How a question in the triage queue stands against its response target. */
export type DueState = 'overdue' | 'dueToday' | 'due' | 'none';

/**
 * `overdue` comes from the API (it counts Swedish working days and official answers); this only
 * adds "due today" from the date, so an expert sees what must go out before the day ends.
 */
export function dueState(
  responseDueOn: string | null | undefined,
  overdue: boolean,
  today: string,
): DueState {
  if (overdue) return 'overdue';
  if (!responseDueOn) return 'none';
  return responseDueOn === today ? 'dueToday' : 'due';
}

/** Today's date in Stockholm as YYYY-MM-DD, the calendar the response targets are set in. */
export function stockholmToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
