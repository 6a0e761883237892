// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { eraseFrom, traceableValues } from 'src/common/erasure';
import { MfaEnrolmentService } from 'src/modules/auth/mfa/mfa-enrolment.service';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccountTokens } from 'src/modules/account/account-tokens';
import { CurrentPassword } from 'src/modules/account/current-password';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { MySessionsService } from 'src/modules/auth/my-sessions.service';
import { AssessmentsService } from 'src/modules/assessments/assessments.service';
import { DataExportService } from 'src/modules/data-export/data-export.service';
import { FollowsService } from 'src/modules/follows/follows.service';
import { InvitationsService } from 'src/modules/invitations/invitations.service';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/**
 * Account deletion (GDPR erasure), by the member or by an admin, in one transaction:
 *
 * - the member row stays (content, votes and the audit trail point at it) but loses its address,
 *   name, password, roles and directory choice, and is DELETED: it can never sign in again;
 * - sessions, refresh tokens, account tokens, follows, notifications, preferences and delivery
 *   records, second factors and data exports are deleted;
 * - invitations sent to the address, audit entries, event payloads and other members'
 *   notifications that quoted the address or name have it replaced by "[erased]";
 * - they leave every self-assessment's share list; the ones they own stay with their
 *   organisation under "former member", with their name and address erased from the text;
 * - what they wrote stays readable under a neutral "former member" attribution (AuthorFields),
 *   with the organisation only where the attribution showed it.
 *
 * The deletion itself is audited (who, whose member id, the admin's reason) and published.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly members: MembersService,
    private readonly currentPassword: CurrentPassword,
    private readonly sessions: MySessionsService,
    private readonly tokens: AccountTokens,
    private readonly secondFactors: MfaEnrolmentService,
    private readonly follows: FollowsService,
    private readonly dataExports: DataExportService,
    private readonly assessments: AssessmentsService,
    private readonly notifications: NotificationsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The member deletes their own account; their current password confirms it. */
  async deleteOwn(viewer: Viewer, password: string, clientAddress: string): Promise<void> {
    const member = await this.members.require(viewer.memberId);
    await this.currentPassword.confirm(member, password, clientAddress, 'account-deletion');
    await this.erase(viewer.memberId, { by: 'self', actorId: viewer.memberId });
  }

  /** An admin deletes a member's account, with a reason for the audit log. */
  async deleteByAdmin(viewer: Viewer, memberId: string, reason: string): Promise<void> {
    await this.erase(memberId, { by: 'admin', actorId: viewer.memberId, reason });
  }

  private erase(
    memberId: string,
    request: { by: 'self' | 'admin'; actorId: string; reason?: string },
  ): Promise<void> {
    return this.tx.run(async () => {
      const member = await this.members.findForUpdate(memberId);
      if (!member || member.status === MemberStatus.DELETED) throw Errors.notFound('Member');
      const values = traceableValues(member);

      await this.members.erase(member.id);
      await this.sessions.forgetAllSessions(member.id);
      await this.tokens.forgetMember(member.id);
      await this.secondFactors.forgetMember(member.id);
      await this.follows.forgetMember(member.id);
      await this.dataExports.forgetMember(member.id);
      await this.assessments.forgetMember(member.id, values);
      await this.notifications.forgetMember(member.id, values);
      await this.invitations.eraseAddress(member.email);
      await this.audit.eraseMember(member.id, values);
      await this.outbox.eraseValues(values);

      // Recorded after the erasure, naming no person (the reason is erased like the rest).
      await this.audit.record({
        actorId: request.actorId,
        action: AuditAction.MemberDeleted,
        target: { type: 'member', id: member.id },
        reason: request.reason === undefined ? undefined : eraseFrom(request.reason, values),
        details: { by: request.by },
      });
      await this.outbox.publish({
        topic: 'member.deleted',
        aggregate: { type: 'member', id: member.id },
        payload: { by: request.by },
      });
    });
  }
}
