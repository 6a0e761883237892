// SPDX-License-Identifier: EUPL-1.2
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { CloseReason } from 'src/modules/content/close-reason.enum';
import type { NoPayload } from 'src/modules/outbox/outbox-topics';

/** Outbox topics of questions and answers. Payloads carry ids, never askers or answerers. */
export const QuestionEvent = {
  Asked: 'question.asked',
  Published: 'question.published',
  Directed: 'question.directed',
  Updated: 'question.updated',
  LevelChanged: 'question.level-changed',
  Rejected: 'question.rejected',
  Closed: 'question.closed',
  Reopened: 'question.reopened',
  Hidden: 'question.hidden',
  Restored: 'question.restored',
  Answered: 'question.answered',
  AnswerSubmitted: 'answer.submitted',
  AnswerUpdated: 'answer.updated',
  AnswerRejected: 'answer.rejected',
  AnswerHidden: 'answer.hidden',
  AnswerRestored: 'answer.restored',
  Accepted: 'answer.accepted',
} as const;

export type QuestionEventTopic = (typeof QuestionEvent)[keyof typeof QuestionEvent];

/** What every question event carries. */
export interface QuestionEventPayload {
  questionId: string;
  sharingLevel: SharingLevel;
}

/** What every answer event carries: the answer, its question and the question's level. */
export interface AnswerEventPayload extends QuestionEventPayload {
  answerId: string;
}

/** What each question topic adds to QuestionEventPayload. */
export interface QuestionEventExtras {
  'question.asked': NoPayload;
  'question.published': NoPayload;
  'question.directed': { directedToIds: string[] };
  'question.updated': { version: number };
  'question.level-changed': { from: SharingLevel; to: SharingLevel };
  'question.rejected': NoPayload;
  'question.closed': { closeReason: CloseReason; duplicateOfId: string | null };
  'question.reopened': NoPayload;
  'question.hidden': NoPayload;
  'question.restored': NoPayload;
  'answer.accepted': { answerId: string };
}

export type QuestionTopic = keyof QuestionEventExtras;
export type AnswerTopic = Exclude<QuestionEventTopic, QuestionTopic>;

export type QuestionEventPayloads = {
  [T in QuestionTopic]: QuestionEventPayload & QuestionEventExtras[T];
} & { [T in AnswerTopic]: AnswerEventPayload };

/** One question event before it is published: its topic and what that topic adds. */
export type QuestionEventDraft = {
  [T in QuestionTopic]: { topic: T; payload: QuestionEventExtras[T] };
}[QuestionTopic];
