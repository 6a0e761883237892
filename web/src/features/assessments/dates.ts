// SPDX-License-Identifier: EUPL-1.2

/**
 * A LocalDate (yyyy-mm-dd, a calendar day without a time zone) in words. Read as that day at
 * noon UTC and formatted in UTC, so no time zone moves it to the day before or after.
 */
export function formatLocalDate(language: string, value: string | null | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T12:00:00Z`),
  );
}

/** Today in the member's own time zone, as yyyy-mm-dd (the earliest review date allowed). */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
