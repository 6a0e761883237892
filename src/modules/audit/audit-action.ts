/** Every audited action, in one place, so the audit log filter can list them. */
export const AuditAction = {
  SignInSucceeded: 'auth.sign-in.succeeded',
  SignInFailed: 'auth.sign-in.failed',
  SignInRateLimited: 'auth.sign-in.rate-limited',
  SessionRevokedOnReuse: 'auth.session.revoked-on-reuse',
  SignedOut: 'auth.signed-out',
  MemberInvited: 'member.invited',
  InvitationAccepted: 'member.invitation-accepted',
  MemberRolesChanged: 'member.roles-changed',
  MemberSuspended: 'member.suspended',
  MemberReinstated: 'member.reinstated',
  AuthorRevealed: 'content.author-revealed',
  ContentModerated: 'content.moderated',
  ContentFlagged: 'content.flagged',
  ContentHiddenByFlags: 'content.hidden-by-flags',
  FlaggedContentInspected: 'content.flagged-content-inspected',
  RevisionRedacted: 'content.revision-redacted',
} as const;

export type AuditActionName = (typeof AuditAction)[keyof typeof AuditAction] | (string & {});
