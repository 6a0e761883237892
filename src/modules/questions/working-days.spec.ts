// SPDX-License-Identifier: EUPL-1.2
import {
  addSwedishWorkingDays,
  isOverdue,
  isSwedishWorkingDay,
  RESPONSE_TARGET_WORKING_DAYS,
  stockholmDate,
} from 'src/modules/questions/working-days';

/** An instant on `date` in Stockholm (12:00 UTC is 13:00 or 14:00 there). */
function noonOn(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Every weekday of a year that is not a working day. */
function weekdaysOff(year: number): string[] {
  const off: string[] = [];
  for (const day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
    const date = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !isSwedishWorkingDay(date)) off.push(date);
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return off;
}

describe('working days', () => {
  it('targets a response within five working days', () => {
    expect(RESPONSE_TARGET_WORKING_DAYS).toBe(5);
  });
});

describe(isSwedishWorkingDay.name, () => {
  const sut = isSwedishWorkingDay;

  it('excludes weekends', () => {
    expect(sut('2026-03-13')).toBe(true); // Friday
    expect(sut('2026-03-14')).toBe(false); // Saturday
    expect(sut('2026-03-15')).toBe(false); // Sunday
    expect(sut('2026-03-16')).toBe(true); // Monday
  });

  it('excludes public holidays and midsommarafton, julafton and nyårsafton, nothing else', () => {
    // Pins the rule against the library: a new `public` or `bank` day in SE fails here.
    expect(weekdaysOff(2026)).toEqual([
      '2026-01-01', // nyårsdagen
      '2026-01-06', // trettondedag jul
      '2026-04-03', // långfredagen
      '2026-04-06', // annandag påsk
      '2026-05-01', // första maj
      '2026-05-14', // Kristi himmelsfärdsdag
      '2026-06-19', // midsommarafton (bank)
      '2026-12-24', // julafton (bank)
      '2026-12-25', // juldagen
      '2026-12-31', // nyårsafton (bank)
    ]);
    expect(weekdaysOff(2025)).toContain('2025-06-06'); // nationaldagen on a Friday
  });

  it('counts observances and optional eves as working days', () => {
    expect(sut('2026-04-02')).toBe(true); // skärtorsdagen
    expect(sut('2026-04-30')).toBe(true); // valborgsmässoafton
    expect(sut('2026-01-05')).toBe(true); // trettondagsafton
    expect(sut('2026-05-25')).toBe(true); // annandag pingst, no holiday since 2005
    expect(sut('2026-10-30')).toBe(true); // allhelgonaafton
  });

  it.each(['2026-02-30', '2026-13-01', '2026-2-3', '2026-02-03T00:00', ' 2026-02-03', '', 'x'])(
    'throws on the malformed date %p',
    (date) => {
      expect(() => sut(date)).toThrow(Error);
    },
  );
});

describe(stockholmDate.name, () => {
  const sut = stockholmDate;

  it('is the Stockholm date, not the UTC date', () => {
    expect(sut(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // 00:30 CEST
    expect(sut(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30'); // 23:59 CEST
    expect(sut(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16'); // 00:30 CET
    expect(sut(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15'); // 23:59 CET
  });

  it('follows the DST changes (29 March and 25 October 2026)', () => {
    expect(sut(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // 00:30 CET
    expect(sut(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29'); // 23:59 CEST
    expect(sut(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30'); // 00:00 CEST
    expect(sut(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25'); // 00:00 CEST
    expect(sut(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25'); // 23:59 CET
    expect(sut(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26'); // 00:00 CET
  });

  it('throws on an invalid Date', () => {
    expect(() => sut(new Date('not a date'))).toThrow(Error);
  });
});

describe(addSwedishWorkingDays.name, () => {
  const sut = addSwedishWorkingDays;
  const five = RESPONSE_TARGET_WORKING_DAYS;

  it('moves a Monday to the next Monday and a Friday to the next Friday', () => {
    expect(sut(noonOn('2026-03-09'), five)).toBe('2026-03-16');
    expect(sut(noonOn('2026-03-13'), five)).toBe('2026-03-20');
  });

  it('starts counting after a weekend start day', () => {
    expect(sut(noonOn('2026-03-14'), five)).toBe('2026-03-20'); // Saturday
    expect(sut(noonOn('2026-03-15'), five)).toBe('2026-03-20'); // Sunday
  });

  it('skips långfredagen and annandag påsk but counts skärtorsdagen (Easter 2026)', () => {
    // Wed 1 Apr: Thu 2 (skärtorsdagen) counts, Fri 3 and Mon 6 do not.
    expect(sut(noonOn('2026-04-01'), five)).toBe('2026-04-10');
    // Thu 2 Apr does not count itself: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    expect(sut(noonOn('2026-04-02'), five)).toBe('2026-04-13');
  });

  it('skips midsommarafton (Fri 19 June 2026)', () => {
    expect(sut(noonOn('2026-06-15'), five)).toBe('2026-06-23');
  });

  it('skips Christmas, New Year and trettondedag jul (2026–27)', () => {
    // Tue 22 Dec: Wed 23, Mon 28, Tue 29, Wed 30, Mon 4 Jan.
    expect(sut(noonOn('2026-12-22'), five)).toBe('2027-01-04');
    // Wed 30 Dec: Mon 4, Tue 5, Thu 7, Fri 8, Mon 11.
    expect(sut(noonOn('2026-12-30'), five)).toBe('2027-01-11');
  });

  it('skips Kristi himmelsfärdsdag (Thu 14 May 2026) but not the Friday after', () => {
    expect(sut(noonOn('2026-05-11'), five)).toBe('2026-05-19');
  });

  it('skips nationaldagen on a weekday (Fri 6 June 2025)', () => {
    // Mon 2 Jun: Tue 3, Wed 4, Thu 5, Mon 9 (annandag pingst counts), Tue 10.
    expect(sut(noonOn('2025-06-02'), five)).toBe('2025-06-10');
  });

  it('counts from the Stockholm date of the instant', () => {
    // Wed 1 July in Stockholm (Tue 30 June in UTC): Thu 2, Fri 3, Mon 6, Tue 7, Wed 8.
    expect(sut(new Date('2026-06-30T22:30:00Z'), five)).toBe('2026-07-08');
    // Fri 16 Jan in Stockholm (Thu 15 Jan in UTC): Mon 19 … Fri 23.
    expect(sut(new Date('2026-01-15T23:30:00Z'), five)).toBe('2026-01-23');
  });

  it('is not shifted by the DST change weekends', () => {
    // Thu 26 Mar: Fri 27, Mon 30, Tue 31, Wed 1, Thu 2 (skärtorsdagen).
    expect(sut(noonOn('2026-03-26'), five)).toBe('2026-04-02');
    // 23:30 on Fri 27 Mar (CET): Mon 30, Tue 31, Wed 1, Thu 2, Tue 7.
    expect(sut(new Date('2026-03-27T22:30:00Z'), five)).toBe('2026-04-07');
    // Thu 22 Oct: Fri 23, Mon 26, Tue 27, Wed 28, Thu 29.
    expect(sut(noonOn('2026-10-22'), five)).toBe('2026-10-29');
    // 00:30 on Sun 25 Oct (CEST): Mon 26 … Fri 30 (allhelgonaafton counts).
    expect(sut(new Date('2026-10-24T22:30:00Z'), five)).toBe('2026-10-30');
  });

  it('returns the start date for zero days, whatever day it is', () => {
    expect(sut(noonOn('2026-03-14'), 0)).toBe('2026-03-14');
  });

  it('does not depend on the server time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect(sut(new Date('2026-06-30T22:30:00Z'), five)).toBe('2026-07-08');
        expect(sut(new Date('2026-12-22T11:00:00Z'), five)).toBe('2027-01-04');
        expect(isOverdue('2026-07-10', new Date('2026-07-10T21:59:00Z'))).toBe(false);
        expect(isOverdue('2026-07-10', new Date('2026-07-10T22:00:00Z'))).toBe(true);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws on %p days', (days) => {
    expect(() => sut(noonOn('2026-03-09'), days)).toThrow(Error);
  });

  it('throws on an invalid Date', () => {
    expect(() => sut(new Date(Number.NaN), five)).toThrow(Error);
  });

  it('computes each year’s holidays once', () => {
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const Holidays = require('date-holidays');
      const fresh = require('src/modules/questions/working-days');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const getHolidays = jest.spyOn(Holidays.prototype, 'getHolidays');
      try {
        fresh.addSwedishWorkingDays(noonOn('2026-12-22'), 30);
        fresh.addSwedishWorkingDays(noonOn('2026-12-01'), 30);
        expect(getHolidays.mock.calls.map(([year]) => year)).toEqual([2026, 2027]);
      } finally {
        getHolidays.mockRestore();
      }
    });
  });
});

describe(isOverdue.name, () => {
  const sut = isOverdue;

  it('is due until 23:59 Stockholm and overdue from 00:00 the next day, in summer time', () => {
    expect(sut('2026-07-10', new Date('2026-07-10T08:00:00Z'))).toBe(false);
    expect(sut('2026-07-10', new Date('2026-07-10T21:59:00Z'))).toBe(false); // 23:59 CEST
    expect(sut('2026-07-10', new Date('2026-07-10T21:59:59.999Z'))).toBe(false);
    expect(sut('2026-07-10', new Date('2026-07-10T22:00:00Z'))).toBe(true); // 00:00 CEST
  });

  it('is due until 23:59 Stockholm and overdue from 00:00 the next day, in winter time', () => {
    expect(sut('2026-01-16', new Date('2026-01-16T22:59:00Z'))).toBe(false); // 23:59 CET
    expect(sut('2026-01-16', new Date('2026-01-16T23:00:00Z'))).toBe(true); // 00:00 CET
  });

  it('turns at Stockholm midnight on the DST change days', () => {
    expect(sut('2026-03-29', new Date('2026-03-29T21:59:00Z'))).toBe(false);
    expect(sut('2026-03-29', new Date('2026-03-29T22:00:00Z'))).toBe(true);
    expect(sut('2026-10-25', new Date('2026-10-25T22:59:00Z'))).toBe(false);
    expect(sut('2026-10-25', new Date('2026-10-25T23:00:00Z'))).toBe(true);
  });

  it('is not overdue before the due date', () => {
    expect(sut('2026-07-10', new Date('2026-07-01T10:00:00Z'))).toBe(false);
  });

  it('throws on a malformed due date or an invalid Date', () => {
    expect(() => sut('2026/07/10', new Date('2026-07-10T08:00:00Z'))).toThrow(Error);
    expect(() => sut('2026-07-32', new Date('2026-07-10T08:00:00Z'))).toThrow(Error);
    expect(() => sut('2026-07-10', new Date('x'))).toThrow(Error);
  });
});
