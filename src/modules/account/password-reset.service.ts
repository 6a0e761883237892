// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { AccountErrors } from 'src/modules/account/account.errors';
import { passwordResetKey, signInKey } from 'src/modules/account/account-keys';
import { AccountTokenPurpose } from 'src/modules/account/account-token-purpose';
import { AccountTokens } from 'src/modules/account/account-tokens';
import { assertAcceptablePassword } from 'src/modules/account/new-password';
import { ResetRequestLimiter } from 'src/modules/account/reset-request-limiter';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { MySessionsService } from 'src/modules/auth/my-sessions.service';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService, normaliseEmail } from 'src/modules/members/members.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export const PASSWORD_RESET_REQUESTED_EVENT = 'account.password-reset-requested';

/**
 * "Forgot my password". The request answers the same whether or not the address belongs to an
 * active member (the mail goes out, or not, through the outbox), is rate-limited per e-mail
 * address and per client (`ResetRequestLimiter`), and mails a single-use link valid for one hour. Using it sets the password and
 * ends every session, since whoever held one may also have known the old password.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly members: MembersService,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccountTokens,
    private readonly sessions: MySessionsService,
    private readonly requestLimiter: ResetRequestLimiter,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async request(email: string, clientAddress: string): Promise<void> {
    const address = normaliseEmail(email);
    const key = passwordResetKey(address);
    // Counted before the lookup, so known and unknown addresses hit the limit alike.
    await this.requestLimiter.consume(key, clientAddress);
    const member = await this.members.findByEmail(address);
    await this.tx.run(async () => {
      if (!member || member.status !== MemberStatus.ACTIVE) {
        await this.audit.record({
          actorId: null,
          action: AuditAction.PasswordResetRequested,
          details: { outcome: 'no-active-account' },
          clientAddress,
        });
        return;
      }
      const issued = await this.tokens.issue(member.id, AccountTokenPurpose.PASSWORD_RESET);
      await this.audit.record({
        actorId: null,
        action: AuditAction.PasswordResetRequested,
        target: { type: 'member', id: member.id },
        details: { outcome: 'mailed' },
        clientAddress,
      });
      await this.outbox.publish({
        topic: PASSWORD_RESET_REQUESTED_EVENT,
        aggregate: { type: 'member', id: member.id },
        payload: { tokenId: issued.entity.id, sealedToken: this.tokens.seal(issued.token) },
      });
    });
  }

  /** Sets a password from a reset link or a CLI-created admin's setup link. */
  async reset(token: string, newPassword: string, clientAddress: string): Promise<void> {
    const email = await this.tx.run(async () => {
      const redeemed = await this.tokens.redeem(token, [
        AccountTokenPurpose.PASSWORD_RESET,
        AccountTokenPurpose.ACCOUNT_SETUP,
      ]);
      const member = await this.members.findForUpdate(redeemed.memberId);
      if (!member || member.status !== MemberStatus.ACTIVE) throw AccountErrors.invalidToken();
      // A refused password rolls the transaction back, so the link stays usable.
      assertAcceptablePassword(member, newPassword);
      await this.members.setPasswordHash(member.id, await this.passwords.hash(newPassword));
      await this.tokens.retireOpen(member.id, [
        AccountTokenPurpose.PASSWORD_RESET,
        AccountTokenPurpose.ACCOUNT_SETUP,
      ]);
      await this.sessions.endAllSessions(member.id, 'password-reset');
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.PasswordReset,
        target: { type: 'member', id: member.id },
        details: { purpose: redeemed.purpose },
        clientAddress,
      });
      await this.outbox.publish({
        topic: 'member.password-reset',
        aggregate: { type: 'member', id: member.id },
      });
      return member.email;
    });
    // Whoever proved control of the mailbox is let back in if failed sign-ins had locked it.
    await this.rateLimiter.recordSuccess(signInKey(email));
  }
}
