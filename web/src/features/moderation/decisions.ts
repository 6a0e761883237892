// SPDX-License-Identifier: EUPL-1.2
import type { ContentType, ModerationAction } from '../../graphql/graphql';

/** What the page knows of an item when it offers decisions. */
export interface DecisionSubject {
  contentType: ContentType;
  /** The workflow status of its type (CaseStatus, QuestionStatus or AnswerStatus). */
  status: string;
  hidden: boolean;
  contentReadable: boolean;
  openFlagCount: number;
}

/** The workflow step each status allows a moderator (DOMAIN §6, §7, §8.1). */
const BY_STATUS: Record<ContentType, Record<string, readonly ModerationAction[]>> = {
  CASE: {
    SUBMITTED: ['APPROVE', 'REQUEST_CHANGES', 'REJECT'],
    PUBLISHED: ['ARCHIVE'],
  },
  QUESTION: {
    PENDING_REVIEW: ['APPROVE', 'REJECT'],
    OPEN: ['CLOSE'],
    ANSWERED: ['CLOSE'],
    CLOSED: ['REOPEN'],
  },
  ANSWER: {
    PENDING_REVIEW: ['APPROVE', 'REJECT'],
  },
  // Guidelines are published by editors and never moderated.
  GUIDELINE: {},
  // Self-assessments are private to their readers and never moderated (DOMAIN §15).
  ASSESSMENT: {},
  DATA_EXPORT: {},
};

/** Statuses in which an item reaches readers, so it can be taken down or brought back. */
const LIVE = new Set(['PUBLISHED', 'OPEN', 'ANSWERED', 'CLOSED']);

/**
 * The decisions to offer for an item, in the order shown. On a flagged item the reviewer may not
 * read, only RESTORE and HIDE (DOMAIN §8.3): both settle the flags without reading. The API
 * decides in the end (INVALID_STATE, FORBIDDEN); this only keeps buttons that cannot work away.
 */
export function decisionsFor(item: DecisionSubject): ModerationAction[] {
  const flagged = item.openFlagCount > 0;
  // Restore brings a hidden item back or, on a visible flagged one, dismisses the flags; hide
  // takes it down or keeps a hidden flagged one hidden.
  const review: ModerationAction[] = [];
  if (item.hidden || flagged) review.push('RESTORE');
  if (!item.hidden || flagged) review.push('HIDE');
  if (!item.contentReadable) return flagged ? review : [];
  const workflow = BY_STATUS[item.contentType][item.status] ?? [];
  const live = LIVE.has(item.status);
  return [...workflow, ...(live || item.hidden ? review : [])];
}

/** Decisions the author sees the reason of, so the dialog says so next to the reason field. */
export function reasonGoesToAuthor(action: ModerationAction): boolean {
  return action === 'REQUEST_CHANGES' || action === 'REJECT' || action === 'APPROVE';
}

/** The smallest reason the API accepts for a decision (ModerateInput.reason). */
export const MIN_REASON_LENGTH = 5;
