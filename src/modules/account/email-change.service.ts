// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccountErrors } from 'src/modules/account/account.errors';
import { AccountTokenPurpose } from 'src/modules/account/account-token-purpose';
import { AccountTokens } from 'src/modules/account/account-tokens';
import { CurrentPassword } from 'src/modules/account/current-password';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService, normaliseEmail } from 'src/modules/members/members.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export const EMAIL_CHANGE_REQUESTED_EVENT = 'account.email-change-requested';
export const EMAIL_CHANGED_EVENT = 'member.email-changed';

/** Only the domain goes to the audit log: enough to review, without copying the address. */
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

/**
 * Moving to a new e-mail address: the current password, then a single-use link (24 hours) to the
 * new address; the change happens when it is opened. An address that already belongs to a member
 * gets no mail, and the request answers the same, so the form cannot probe for members.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly members: MembersService,
    private readonly currentPassword: CurrentPassword,
    private readonly tokens: AccountTokens,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async request(
    viewer: Viewer,
    newEmail: string,
    currentPassword: string,
    clientAddress: string,
  ): Promise<void> {
    const member = await this.members.require(viewer.memberId);
    await this.currentPassword.confirm(member, currentPassword, clientAddress, 'email-change');
    const address = normaliseEmail(newEmail);
    if (address === member.email) throw AccountErrors.sameEmail();
    const taken = (await this.members.findByEmail(address)) !== null;
    await this.tx.run(async () => {
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.EmailChangeRequested,
        target: { type: 'member', id: member.id },
        details: { toDomain: domainOf(address), outcome: taken ? 'address-in-use' : 'mailed' },
        clientAddress,
      });
      if (taken) return;
      const issued = await this.tokens.issue(member.id, AccountTokenPurpose.EMAIL_CHANGE, address);
      await this.outbox.publish({
        topic: EMAIL_CHANGE_REQUESTED_EVENT,
        aggregate: { type: 'member', id: member.id },
        payload: { tokenId: issued.entity.id, sealedToken: this.tokens.seal(issued.token) },
      });
    });
  }

  /** Opened from the mailed link, possibly on a device that is not signed in. */
  async confirm(token: string, clientAddress: string): Promise<void> {
    await this.tx.run(async () => {
      const redeemed = await this.tokens.redeem(token, [AccountTokenPurpose.EMAIL_CHANGE]);
      const member = await this.members.findForUpdate(redeemed.memberId);
      if (!member || member.status !== MemberStatus.ACTIVE || !redeemed.newEmail)
        throw AccountErrors.invalidToken();
      const address = redeemed.newEmail;
      // Someone joined with the address after the link was sent: the holder of the mailbox is
      // told, which reveals nothing they could not learn by signing in.
      if (await this.members.findByEmail(address)) throw AccountErrors.emailTaken();
      const previous = member.email;
      await this.members.setEmail(member.id, address);
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.EmailChanged,
        target: { type: 'member', id: member.id },
        details: { fromDomain: domainOf(previous), toDomain: domainOf(address) },
        clientAddress,
      });
      // The old address hears of the change (a hijacked account would otherwise go unnoticed);
      // it travels sealed, as tokens do.
      await this.outbox.publish({
        topic: EMAIL_CHANGED_EVENT,
        aggregate: { type: 'member', id: member.id },
        payload: { sealedPreviousEmail: this.tokens.seal(previous) },
      });
    });
  }
}
