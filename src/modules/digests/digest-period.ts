// SPDX-License-Identifier: EUPL-1.2
import { DateTime } from 'luxon';

/** Digests go out at 07:00 Stockholm time: daily, and on Mondays weekly (DOMAIN §9). */
export type DigestPeriod = 'DAILY' | 'WEEKLY';

export const DIGEST_PERIODS: readonly DigestPeriod[] = ['DAILY', 'WEEKLY'];
export const DIGEST_TIME_ZONE = 'Europe/Stockholm';
export const DIGEST_HOUR = 7;

/** The cron patterns of the two schedulers, in DIGEST_TIME_ZONE. */
export const DIGEST_CRON: Record<DigestPeriod, string> = {
  DAILY: `0 ${DIGEST_HOUR} * * *`,
  WEEKLY: `0 ${DIGEST_HOUR} * * 1`,
};

/** One digest period: its key, and the items it covers (`start < published ≤ end`). */
export interface DigestWindow {
  period: DigestPeriod;
  /** `DAILY:2026-11-30` (the Stockholm date it is sent) or `WEEKLY:2026-W49` (its ISO week). */
  key: string;
  start: Date;
  end: Date;
}

/**
 * The period a run scheduled at `scheduledAt` sends, and its window: from the same Stockholm
 * wall-clock time one day (or week) earlier up to `scheduledAt`. Counting in wall-clock time
 * rather than 24 h keeps consecutive windows back to back across the daylight-saving changes
 * (the window is then 23 or 25 hours long), so no item is skipped or sent twice.
 */
export function digestWindow(period: DigestPeriod, scheduledAt: Date): DigestWindow {
  const slot = inStockholm(scheduledAt);
  // Luxon adds calendar days in the zone's wall-clock time, not 24-hour steps.
  const earlier = slot.minus({ days: period === 'DAILY' ? 1 : 7 });
  return { period, key: periodKey(period, slot), start: earlier.toJSDate(), end: scheduledAt };
}

/**
 * The most recent 07:00 (and, for WEEKLY, Monday) Stockholm time at or before `now`: the slot
 * a run belongs to when nothing tells it when it was scheduled.
 */
export function latestSlot(period: DigestPeriod, now: Date): Date {
  let slot = inStockholm(now).set({ hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 });
  if (slot.toMillis() > now.getTime()) slot = slot.minus({ days: 1 });
  // Luxon's weekday is ISO: 1 = Monday … 7 = Sunday.
  if (period === 'WEEKLY') slot = slot.minus({ days: slot.weekday - 1 });
  return slot.toJSDate();
}

/** `DAILY:<Stockholm date>` or `WEEKLY:<ISO week-numbering year>-W<ISO week>`. */
function periodKey(period: DigestPeriod, slot: DateTime): string {
  return period === 'DAILY'
    ? `DAILY:${slot.toISODate()}`
    : `WEEKLY:${slot.weekYear}-W${String(slot.weekNumber).padStart(2, '0')}`;
}

function inStockholm(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: DIGEST_TIME_ZONE });
}
