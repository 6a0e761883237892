// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  auditFilterFromParams,
  jobFilterFromParams,
  membersFilterFromParams,
  splitList,
} from './admin-filters';

const ACTIONS = ['CONTENT_MODERATED', 'MEMBER_SUSPENDED'];

describe('auditFilterFromParams', () => {
  it('reads action, target type, actor and a date range that includes its last day', () => {
    const filter = auditFilterFromParams(
      new URLSearchParams(
        'action=MEMBER_SUSPENDED&target=MEMBER&actor=0b7e3c2a-1111-4222-8333-444455556666&from=2026-03-01&to=2026-03-02',
      ),
      ACTIONS,
    );
    expect(filter.actions).toEqual(['MEMBER_SUSPENDED']);
    expect(filter.targetTypes).toEqual(['MEMBER']);
    expect(filter.actorId).toBe('0b7e3c2a-1111-4222-8333-444455556666');
    const since = new Date(filter.since!);
    const until = new Date(filter.until!);
    expect(until.getTime() - since.getTime()).toBe(2 * 24 * 60 * 60 * 1000);
    expect(since.getDate()).toBe(1);
  });

  it('leaves out what the API would refuse', () => {
    expect(
      auditFilterFromParams(
        new URLSearchParams('action=NOPE&target=nope&actor=abc&from=yesterday&to=2026-13-45'),
        ACTIONS,
      ),
    ).toEqual({});
  });
});

describe('membersFilterFromParams', () => {
  it('reads organisation and a known status', () => {
    expect(
      membersFilterFromParams(new URLSearchParams('organisation=o1&status=SUSPENDED')),
    ).toEqual({ organisationId: 'o1', status: 'SUSPENDED' });
    expect(membersFilterFromParams(new URLSearchParams('status=GONE'))).toEqual({
      organisationId: null,
      status: null,
    });
  });
});

describe('splitList', () => {
  it('splits on commas and lines and drops blanks', () => {
    expect(splitList(' kth.se,  kth.example\n\nKTH ,')).toEqual(['kth.se', 'kth.example', 'KTH']);
  });
});

describe('jobFilterFromParams', () => {
  const summaries = [
    { name: 'MAIL' as const, failed: 0 },
    { name: 'SEARCH' as const, failed: 2 },
  ];

  it('opens on the first queue holding failed jobs, and failed jobs', () => {
    expect(jobFilterFromParams(new URLSearchParams(), summaries)).toEqual({
      queue: 'SEARCH',
      state: 'FAILED',
    });
    expect(jobFilterFromParams(new URLSearchParams(), [])).toEqual({
      queue: 'MAIL',
      state: 'FAILED',
    });
  });

  it('keeps a chosen queue and state, and ignores values the API would refuse', () => {
    expect(
      jobFilterFromParams(new URLSearchParams('queue=DIGESTS&state=DELAYED'), summaries),
    ).toEqual({ queue: 'DIGESTS', state: 'DELAYED' });
    expect(jobFilterFromParams(new URLSearchParams('queue=mail&state=ACTIVE'), summaries)).toEqual({
      queue: 'SEARCH',
      state: 'FAILED',
    });
  });
});
