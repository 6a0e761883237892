// SPDX-License-Identifier: EUPL-1.2
import { digestWindow, latestSlot } from 'src/modules/digests/digest-period';

describe(digestWindow.name, () => {
  const sut = digestWindow;

  it('names a daily period by its Stockholm date and covers the 24 hours before it', () => {
    // 07:00 in Stockholm (CET, UTC+1) on Monday 30 November 2026.
    const window = sut('DAILY', new Date('2026-11-30T06:00:00Z'));
    expect(window.key).toBe('DAILY:2026-11-30');
    expect(window.start.toISOString()).toBe('2026-11-29T06:00:00.000Z');
    expect(window.end.toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });

  it('names a weekly period by the ISO week it is sent in and covers the 7 days before it', () => {
    const window = sut('WEEKLY', new Date('2026-11-30T06:00:00Z'));
    expect(window.key).toBe('WEEKLY:2026-W49');
    expect(window.start.toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('uses ISO week-numbering years at the turn of the year', () => {
    // Monday 4 January 2027 is in 2027-W01; Monday 29 December 2025 in 2026-W01.
    expect(sut('WEEKLY', new Date('2027-01-04T06:00:00Z')).key).toBe('WEEKLY:2027-W01');
    expect(sut('WEEKLY', new Date('2025-12-29T06:00:00Z')).key).toBe('WEEKLY:2026-W01');
    expect(sut('WEEKLY', new Date('2026-12-28T06:00:00Z')).key).toBe('WEEKLY:2026-W53');
  });

  it('keeps windows back to back across daylight-saving changes', () => {
    // Clocks went forward on 29 March 2026: 07:00 CEST is 05:00Z, 07:00 CET the day before 06:00Z.
    const spring = sut('DAILY', new Date('2026-03-29T05:00:00Z'));
    expect(spring.start.toISOString()).toBe('2026-03-28T06:00:00.000Z');
    // Clocks went back on 25 October 2026.
    const autumn = sut('DAILY', new Date('2026-10-25T06:00:00Z'));
    expect(autumn.start.toISOString()).toBe('2026-10-24T05:00:00.000Z');
    expect(sut('DAILY', new Date('2026-10-24T05:00:00Z')).key).toBe('DAILY:2026-10-24');
  });

  it('uses the Stockholm date, not the UTC date', () => {
    expect(sut('DAILY', new Date('2026-06-30T23:30:00Z')).key).toBe('DAILY:2026-07-01');
  });
});

describe(latestSlot.name, () => {
  const sut = latestSlot;

  it('is today 07:00 Stockholm after 07:00, yesterday before', () => {
    expect(sut('DAILY', new Date('2026-11-30T13:00:00Z')).toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    );
    expect(sut('DAILY', new Date('2026-11-30T05:59:59Z')).toISOString()).toBe(
      '2026-11-29T06:00:00.000Z',
    );
    expect(sut('DAILY', new Date('2026-11-30T06:00:00Z')).toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    );
  });

  it('is the latest Monday 07:00 for weekly digests', () => {
    expect(sut('WEEKLY', new Date('2026-12-03T10:00:00Z')).toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    );
    expect(sut('WEEKLY', new Date('2026-11-30T05:00:00Z')).toISOString()).toBe(
      '2026-11-23T06:00:00.000Z',
    );
  });
});
