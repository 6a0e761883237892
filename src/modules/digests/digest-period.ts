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

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: DIGEST_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const DAY_MS = 24 * 3600 * 1000;

/**
 * The period a run scheduled at `scheduledAt` sends, and its window: from the same Stockholm
 * wall-clock time one day (or week) earlier up to `scheduledAt`. Counting in wall-clock time
 * rather than 24 h keeps consecutive windows back to back across the daylight-saving changes
 * (the window is then 23 or 25 hours long), so no item is skipped or sent twice.
 */
export function digestWindow(period: DigestPeriod, scheduledAt: Date): DigestWindow {
  const wall = wallTime(scheduledAt);
  const days = period === 'DAILY' ? 1 : 7;
  const earlier = addDays(wall, -days);
  return {
    period,
    key: periodKey(period, wall),
    start: new Date(fromWallTime(earlier)),
    end: scheduledAt,
  };
}

/**
 * The most recent 07:00 (and, for WEEKLY, Monday) Stockholm time at or before `now`: the slot
 * a run belongs to when nothing tells it when it was scheduled.
 */
export function latestSlot(period: DigestPeriod, now: Date): Date {
  const wall = wallTime(now);
  let slot: WallTime = { ...wall, hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 };
  if (fromWallTime(slot) > now.getTime()) slot = addDays(slot, -1);
  if (period === 'WEEKLY') slot = addDays(slot, -((weekday(slot) + 6) % 7));
  return new Date(fromWallTime(slot));
}

function periodKey(period: DigestPeriod, wall: WallTime): string {
  if (period === 'DAILY') return `DAILY:${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  const { year, week } = isoWeek(wall);
  return `WEEKLY:${year}-W${pad(week)}`;
}

/** ISO 8601 week of a calendar date: the week with that date's Thursday, weeks start Monday. */
function isoWeek(wall: Pick<WallTime, 'year' | 'month' | 'day'>): { year: number; week: number } {
  const date = Date.UTC(wall.year, wall.month - 1, wall.day);
  const thursday = new Date(date + (3 - ((new Date(date).getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

function wallTime(instant: Date): WallTime {
  const parts = Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** The instant at which Stockholm clocks show `wall` (07:00 is never in a DST gap). */
function fromWallTime(wall: WallTime): number {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  // The offset at a first guess, then again at the corrected instant (it differs only when the
  // guess and the answer lie on different sides of a DST change).
  let instant = asUtc - offsetAt(asUtc);
  const second = offsetAt(instant);
  if (asUtc - second !== instant) instant = asUtc - second;
  return instant;
}

/** How far Stockholm clocks are ahead of UTC at an instant, in ms. */
function offsetAt(instant: number): number {
  const wall = wallTime(new Date(instant));
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  return asUtc - instant;
}

function addDays(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return {
    ...wall,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

/** 0 = Sunday … 6 = Saturday, of the calendar date. */
function weekday(wall: WallTime): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

const pad = (n: number) => String(n).padStart(2, '0');
