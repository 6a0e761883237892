// SPDX-License-Identifier: EUPL-1.2
import type {
  AuditAction,
  AuditLogFilter,
  AuditTargetType,
  JobQueueName,
  MemberStatus,
  QueuedJobState,
} from '../../graphql/graphql';

export const AUDIT_TARGET_TYPES: readonly AuditTargetType[] = [
  'MEMBER',
  'INVITATION',
  'ORGANISATION',
  'SESSION',
  'CASE',
  'QUESTION',
  'ANSWER',
  'JOB',
];

/** Every audited action (AuditAction in the schema), in the order the filter offers them. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'CONTENT_MODERATED',
  'CONTENT_FLAGGED',
  'CONTENT_HIDDEN_BY_FLAGS',
  'CONTENT_FLAGGED_CONTENT_INSPECTED',
  'CONTENT_AUTHOR_REVEALED',
  'CONTENT_REVISION_REDACTED',
  'MEMBER_INVITED',
  'MEMBER_INVITATION_RESENT',
  'MEMBER_INVITATION_REVOKED',
  'MEMBER_INVITATION_ACCEPTED',
  'MEMBER_ROLES_CHANGED',
  'MEMBER_SUSPENDED',
  'MEMBER_REINSTATED',
  'MEMBER_ADMIN_CREATED',
  'MEMBER_EMAIL_CHANGE_REQUESTED',
  'MEMBER_EMAIL_CHANGED',
  'ORGANISATION_CREATED',
  'ORGANISATION_UPDATED',
  'OPERATIONS_JOB_RETRIED',
  'OPERATIONS_JOB_DISCARDED',
  'AUTH_SIGN_IN_SUCCEEDED',
  'AUTH_SIGN_IN_FAILED',
  'AUTH_SIGN_IN_RATE_LIMITED',
  'AUTH_SIGNED_OUT',
  'AUTH_SESSION_REVOKED_ON_REUSE',
  'AUTH_SESSIONS_REVOKED_BY_MEMBER',
  'AUTH_PASSWORD_CHANGED',
  'AUTH_CURRENT_PASSWORD_REJECTED',
  'AUTH_PASSWORD_RESET_REQUESTED',
  'AUTH_PASSWORD_RESET_COMPLETED',
];

export const MEMBER_STATUSES: readonly MemberStatus[] = ['ACTIVE', 'SUSPENDED', 'DELETED'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date field's value (YYYY-MM-DD) as the start of that day where the admin is. */
function startOfDay(value: string | null): Date | null {
  if (!value || !DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The audit log's filter from the page address, so a filtered view can be bookmarked and sent.
 * "To" includes the whole day it names. Values the API would refuse are left out.
 */
export function auditFilterFromParams(
  params: URLSearchParams,
  actions: readonly string[],
): AuditLogFilter {
  const filter: AuditLogFilter = {};
  const action = params.get('action');
  if (action && actions.includes(action)) filter.actions = [action as AuditAction];
  const target = params.get('target');
  if (target && (AUDIT_TARGET_TYPES as readonly string[]).includes(target))
    filter.targetTypes = [target as AuditTargetType];
  const actor = params.get('actor');
  if (actor && /^[0-9a-f-]{36}$/i.test(actor)) filter.actorId = actor;
  const since = startOfDay(params.get('from'));
  if (since) filter.since = since.toISOString();
  const until = startOfDay(params.get('to'));
  if (until) filter.until = new Date(until.getTime() + 24 * 60 * 60 * 1000).toISOString();
  return filter;
}

/** The members list's filter from the page address. */
export function membersFilterFromParams(params: URLSearchParams): {
  organisationId: string | null;
  status: MemberStatus | null;
} {
  const status = params.get('status');
  return {
    organisationId: params.get('organisation') || null,
    status:
      status && (MEMBER_STATUSES as readonly string[]).includes(status)
        ? (status as MemberStatus)
        : null,
  };
}

/** "kth.se, kth.example" → ['kth.se', 'kth.example']: comma- or line-separated, no blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The job queues in the order the jobs page offers them (JobQueueName in the schema). */
export const JOB_QUEUES: readonly JobQueueName[] = [
  'MAIL',
  'NOTIFICATIONS',
  'DIGESTS',
  'SEARCH',
  'EXPORTS',
  'MAINTENANCE',
];

export const JOB_STATES: readonly QueuedJobState[] = ['FAILED', 'DELAYED'];

/**
 * The jobs page's queue and state from the address. Without a queue chosen, the first queue
 * holding failed jobs (what an operator came for), else the first queue; failed jobs unless
 * delayed ones are asked for.
 */
export function jobFilterFromParams(
  params: URLSearchParams,
  summaries: readonly { name: JobQueueName; failed: number }[] = [],
): { queue: JobQueueName; state: QueuedJobState } {
  const asked = params.get('queue');
  const queue =
    asked && (JOB_QUEUES as readonly string[]).includes(asked)
      ? (asked as JobQueueName)
      : (JOB_QUEUES.find((name) => summaries.some((s) => s.name === name && s.failed > 0)) ??
        JOB_QUEUES[0]!);
  const state = params.get('state') === 'DELAYED' ? 'DELAYED' : 'FAILED';
  return { queue, state };
}
