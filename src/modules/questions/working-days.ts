// SPDX-License-Identifier: EUPL-1.2
import Holidays from 'date-holidays';

/**
 * Swedish working days for the response target of questions directed to an authority (Säpo,
 * ISP, Försvarsmakten).
 *
 * The rule: a working day is a Monday to Friday that is neither
 * - a public holiday (`date-holidays` type `public`: nyårsdagen, trettondedag jul, långfredagen,
 *   annandag påsk, första maj, Kristi himmelsfärdsdag, nationaldagen, …), nor
 * - one of the eves Swedish employers treat as days off, which the library marks `bank`:
 *   midsommarafton, julafton and nyårsafton.
 * Days the library marks `observance` or `optional` (skärtorsdagen, påskafton, valborgsmässoafton,
 * trettondagsafton, allhelgonaafton, annandag pingst — no longer a holiday since 2005, …) are
 * working days when they fall on a weekday: at most some employers close early.
 *
 * Every date is a calendar date in Europe/Stockholm written 'YYYY-MM-DD'. Arithmetic on those
 * dates runs on UTC midnights, so neither the server's time zone nor a DST change can shift a
 * day.
 */

export const RESPONSE_TARGET_WORKING_DAYS = 5;

const STOCKHOLM = 'Europe/Stockholm';
const DAY_OFF_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const stockholmParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: STOCKHOLM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Stockholm calendar date of an instant, 'YYYY-MM-DD'. */
export function stockholmDate(instant: Date): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new Error(`Not a valid instant: ${String(instant)}`);
  }
  // Parts rather than format(): the assembled string does not depend on the locale data's
  // choice of separators.
  const parts = stockholmParts.formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day'): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

export function isSwedishWorkingDay(date: string): boolean {
  const day = parseDate(date);
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff(day.getUTCFullYear()).has(date);
}

/**
 * The date `days` working days after the Stockholm date of `from` (the start day itself does not
 * count, whatever it is). With `days` 0 it is the start date.
 */
export function addSwedishWorkingDays(from: Date, days: number): string {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new Error(`days must be a non-negative integer, got ${String(days)}`);
  }
  const day = parseDate(stockholmDate(from));
  let remaining = days;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isSwedishWorkingDay(formatDate(day))) remaining -= 1;
  }
  return formatDate(day);
}

/** Due at the end of `dueOn` (Stockholm): overdue from the following midnight, Stockholm time. */
export function isOverdue(dueOn: string, now: Date): boolean {
  parseDate(dueOn);
  // Both are zero-padded 'YYYY-MM-DD', so string order is date order.
  return stockholmDate(now) > dueOn;
}

/** Computing a year's holidays runs the library's rule engine; each year is computed once. */
const daysOffByYear = new Map<number, ReadonlySet<string>>();
let holidays: Holidays | undefined;

function daysOff(year: number): ReadonlySet<string> {
  let set = daysOffByYear.get(year);
  if (!set) {
    holidays ??= new Holidays('SE', { timezone: STOCKHOLM });
    // `date` is the local Swedish date and time ('YYYY-MM-DD hh:mm:ss'), independent of the
    // server's time zone.
    set = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => DAY_OFF_TYPES.has(holiday.type))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    daysOffByYear.set(year, set);
  }
  return set;
}

/** A 'YYYY-MM-DD' calendar date as the UTC midnight of that date; anything else throws. */
function parseDate(date: string): Date {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const parsed = new Date(0);
    // setUTCFullYear, not Date.UTC, which maps years 0–99 to 1900–1999.
    parsed.setUTCFullYear(year, month - 1, day);
    if (formatDate(parsed) === date) return parsed;
  }
  throw new Error(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
}

function formatDate(day: Date): string {
  const year = String(day.getUTCFullYear()).padStart(4, '0');
  const month = String(day.getUTCMonth() + 1).padStart(2, '0');
  const date = String(day.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}
