// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** Every audited action, in one place, so the audit log filter can list them. */
export const AuditAction = {
  SignInSucceeded: 'auth.sign-in.succeeded',
  SignInFailed: 'auth.sign-in.failed',
  SignInRateLimited: 'auth.sign-in.rate-limited',
  FederatedSignInRefused: 'auth.federated-sign-in.refused',
  SessionRevokedOnReuse: 'auth.session.revoked-on-reuse',
  SignedOut: 'auth.signed-out',
  SessionsRevokedByMember: 'auth.sessions.revoked-by-member',
  PasswordChanged: 'auth.password.changed',
  CurrentPasswordRejected: 'auth.current-password.rejected',
  PasswordResetRequested: 'auth.password-reset.requested',
  PasswordReset: 'auth.password-reset.completed',
  MfaTotpEnrolled: 'auth.mfa.totp-enrolled',
  MfaTotpRemoved: 'auth.mfa.totp-removed',
  MfaPasskeyRegistered: 'auth.mfa.passkey-registered',
  MfaPasskeyRemoved: 'auth.mfa.passkey-removed',
  MfaRecoveryCodesGenerated: 'auth.mfa.recovery-codes-generated',
  MfaRecoveryCodeUsed: 'auth.mfa.recovery-code-used',
  MfaStepUp: 'auth.mfa.step-up',
  MfaStepUpFailed: 'auth.mfa.step-up-failed',
  EmailChangeRequested: 'member.email-change.requested',
  EmailChanged: 'member.email-changed',
  AdminCreated: 'member.admin-created',
  MemberDeleted: 'member.deleted',
  DataExportRequested: 'member.data-export.requested',
  DataExportDownloaded: 'member.data-export.downloaded',
  InvitationResent: 'member.invitation-resent',
  InvitationRevoked: 'member.invitation-revoked',
  OrganisationCreated: 'organisation.created',
  OrganisationUpdated: 'organisation.updated',
  MemberInvited: 'member.invited',
  InvitationAccepted: 'member.invitation-accepted',
  MemberSelfRegistered: 'member.self-registered',
  FederatedIdentityLinked: 'member.federated-identity-linked',
  MemberRolesChanged: 'member.roles-changed',
  MemberSuspended: 'member.suspended',
  MemberReinstated: 'member.reinstated',
  AuthorRevealed: 'content.author-revealed',
  ContentModerated: 'content.moderated',
  ContentFlagged: 'content.flagged',
  ContentHiddenByFlags: 'content.hidden-by-flags',
  FlaggedContentInspected: 'content.flagged-content-inspected',
  RevisionRedacted: 'content.revision-redacted',
  GuidelineCreated: 'guideline.created',
  GuidelineDraftStarted: 'guideline.draft-started',
  GuidelineDraftUpdated: 'guideline.draft-updated',
  GuidelineVersionPublished: 'guideline.version-published',
  JobRetried: 'operations.job-retried',
  JobDiscarded: 'operations.job-discarded',
} as const;

export type AuditActionName = (typeof AuditAction)[keyof typeof AuditAction];

/**
 * The GraphQL enum `AuditAction`: each stored value under a name derived from it
 * (`auth.sign-in.failed` → `AUTH_SIGN_IN_FAILED`), so the log keeps its strings, a new action
 * needs one line above, and a client can map names and stored values mechanically.
 */
export const AuditActionEnum: Record<string, AuditActionName> = Object.fromEntries(
  Object.values(AuditAction).map((value) => [auditActionEnumName(value), value]),
);

export function auditActionEnumName(value: AuditActionName): string {
  return value.toUpperCase().replace(/[.-]/g, '_');
}

registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'An audited action; the log stores the dotted form (auth.sign-in.failed).',
});

/** What an audit entry is about; the stored strings as they were (content types are upper case). */
export enum AuditTargetType {
  MEMBER = 'member',
  SESSION = 'session',
  INVITATION = 'invitation',
  ORGANISATION = 'organisation',
  DATA_EXPORT = 'data-export',
  CASE = 'CASE',
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
  GUIDELINE = 'GUIDELINE',
  /**
   * Keeps every ContentType value a target type. Never written: self-assessments stay out of
   * the audit log (DOMAIN §15), and moderation refuses them as input.
   */
  ASSESSMENT = 'ASSESSMENT',
  /** A background job, `queue/job id`. */
  JOB = 'job',
}

registerEnumType(AuditTargetType, { name: 'AuditTargetType' });

/** The stored value of a target type; ContentType's values are among them. */
export type AuditTargetTypeName = `${AuditTargetType}`;
