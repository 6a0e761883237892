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
