// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { decisionsFor, type DecisionSubject } from './decisions';

const item = (over: Partial<DecisionSubject>): DecisionSubject => ({
  contentType: 'CASE',
  status: 'SUBMITTED',
  hidden: false,
  contentReadable: true,
  openFlagCount: 0,
  ...over,
});

describe('decisionsFor', () => {
  it('offers approve, request changes and reject on a submitted case', () => {
    expect(decisionsFor(item({}))).toEqual(['APPROVE', 'REQUEST_CHANGES', 'REJECT']);
  });

  it('offers archive and hide on a published case, restore once hidden', () => {
    expect(decisionsFor(item({ status: 'PUBLISHED' }))).toEqual(['ARCHIVE', 'HIDE']);
    expect(decisionsFor(item({ status: 'PUBLISHED', hidden: true }))).toEqual([
      'ARCHIVE',
      'RESTORE',
    ]);
  });

  it('offers only restore and hide on a flagged item the reviewer may not read', () => {
    expect(
      decisionsFor(
        item({ status: 'PUBLISHED', contentReadable: false, openFlagCount: 2, hidden: true }),
      ),
    ).toEqual(['RESTORE', 'HIDE']);
    expect(
      decisionsFor(item({ status: 'PUBLISHED', contentReadable: false, openFlagCount: 1 })),
    ).toEqual(['RESTORE', 'HIDE']);
  });

  it('offers nothing on an unreadable item without flags', () => {
    expect(decisionsFor(item({ contentReadable: false }))).toEqual([]);
  });

  it('follows the question workflow', () => {
    expect(decisionsFor(item({ contentType: 'QUESTION', status: 'PENDING_REVIEW' }))).toEqual([
      'APPROVE',
      'REJECT',
    ]);
    expect(decisionsFor(item({ contentType: 'QUESTION', status: 'CLOSED' }))).toEqual([
      'REOPEN',
      'HIDE',
    ]);
  });

  it('lets a reviewer dismiss the flags of a visible readable item', () => {
    expect(decisionsFor(item({ status: 'PUBLISHED', openFlagCount: 1 }))).toEqual([
      'ARCHIVE',
      'RESTORE',
      'HIDE',
    ]);
  });
});
