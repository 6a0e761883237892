// SPDX-License-Identifier: EUPL-1.2
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { CaseStatus } from 'src/modules/cases/case-enums';
import type { NoPayload } from 'src/modules/outbox/outbox-topics';

/**
 * Outbox topics of the case workflow. Payloads carry ids, levels and statuses, never the author:
 * subscribers that must reach the author (notifications) look the author up themselves.
 */
export const CaseEvent = {
  Submitted: 'case.submitted',
  Published: 'case.published',
  Updated: 'case.updated',
  Withdrawn: 'case.withdrawn',
  LevelChanged: 'case.level-changed',
  ChangesRequested: 'case.changes-requested',
  Rejected: 'case.rejected',
  Archived: 'case.archived',
  Hidden: 'case.hidden',
  Restored: 'case.restored',
  RevisionRedacted: 'case.revision-redacted',
} as const;

export type CaseEventTopic = (typeof CaseEvent)[keyof typeof CaseEvent];

/** What every case event carries: the case and, as it stood when published, its level and status. */
export interface CaseEventPayload {
  caseId: string;
  sharingLevel: SharingLevel | undefined;
  status: CaseStatus | undefined;
}

/** What each topic adds to CaseEventPayload. */
export interface CaseEventExtras {
  'case.submitted': NoPayload;
  'case.published': NoPayload;
  'case.updated': { version: number };
  'case.withdrawn': NoPayload;
  'case.level-changed': { from: SharingLevel; to: SharingLevel };
  'case.changes-requested': NoPayload;
  'case.rejected': NoPayload;
  'case.archived': NoPayload;
  'case.hidden': NoPayload;
  'case.restored': NoPayload;
  'case.revision-redacted': { revisionId: string };
}

export type CaseEventPayloads = {
  [T in CaseEventTopic]: CaseEventPayload & CaseEventExtras[T];
};

/** One case event before it is published: its topic and what that topic adds. */
export type CaseEventDraft = {
  [T in CaseEventTopic]: { topic: T; payload: CaseEventExtras[T] };
}[CaseEventTopic];
