// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  answerAttributions,
  canAccept,
  canVote,
  mayAnswerOfficially,
  takesAnswers,
} from './answer-rules';

const live = { viewerIsAuthor: false, status: 'PUBLISHED' as const, accepted: false };

describe('answer actions', () => {
  it('lets a reader vote on others’ live answers only', () => {
    expect(canVote(live)).toBe(true);
    expect(canVote({ ...live, viewerIsAuthor: true })).toBe(false);
    expect(canVote({ ...live, status: 'PENDING_REVIEW' })).toBe(false);
  });

  it('lets only the asker accept, on an open or answered question, a live answer not yet accepted', () => {
    const asker = { viewerIsAuthor: true, status: 'OPEN' as const };
    expect(canAccept(asker, live)).toBe(true);
    expect(canAccept({ ...asker, status: 'ANSWERED' }, live)).toBe(true);
    expect(canAccept({ ...asker, viewerIsAuthor: false }, live)).toBe(false);
    expect(canAccept({ ...asker, status: 'CLOSED' }, live)).toBe(false);
    expect(canAccept(asker, { ...live, accepted: true })).toBe(false);
    expect(canAccept(asker, { ...live, status: 'REJECTED' })).toBe(false);
  });

  it('takes answers only while open or answered', () => {
    expect(takesAnswers('OPEN')).toBe(true);
    expect(takesAnswers('ANSWERED')).toBe(true);
    expect(takesAnswers('CLOSED')).toBe(false);
    expect(takesAnswers('PENDING_REVIEW')).toBe(false);
  });

  it('never offers anonymity for an official answer', () => {
    expect(answerAttributions(true)).not.toContain('ANONYMOUS');
    expect(answerAttributions(false)).toContain('ANONYMOUS');
  });

  it('offers the official answer to experts of an organisation the question is directed to', () => {
    const isp = [{ id: 'isp' }];
    expect(mayAnswerOfficially(['MEMBER', 'EXPERT'], 'isp', isp)).toBe(true);
    expect(mayAnswerOfficially(['MEMBER'], 'isp', isp)).toBe(false);
    expect(mayAnswerOfficially(['EXPERT'], 'sapo', isp)).toBe(false);
    expect(mayAnswerOfficially(['EXPERT'], undefined, isp)).toBe(false);
  });
});
