// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccountTokenPurpose } from 'src/modules/account/account-token-purpose';
import { AccountTokens } from 'src/modules/account/account-tokens';
import { CurrentPassword } from 'src/modules/account/current-password';
import { assertAcceptablePassword } from 'src/modules/account/new-password';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { MySessionsService } from 'src/modules/auth/my-sessions.service';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { MembersService } from 'src/modules/members/members.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/** A signed-in member changes their password: the current one first, then every other device out. */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly members: MembersService,
    private readonly currentPassword: CurrentPassword,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccountTokens,
    private readonly sessions: MySessionsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns how many other sessions ended. */
  async change(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
  ): Promise<number> {
    const member = await this.members.require(viewer.memberId);
    await this.currentPassword.confirm(member, currentPassword, clientAddress, 'password-change');
    if (newPassword === currentPassword)
      throw Errors.badInput('Choose a password you have not used here', [
        { field: 'newPassword', message: 'must differ from the current password' },
      ]);
    assertAcceptablePassword(member, newPassword);
    const passwordHash = await this.passwords.hash(newPassword);
    return this.tx.run(async () => {
      await this.members.setPasswordHash(member.id, passwordHash);
      // An open reset link was asked for with the old password in mind; it no longer applies.
      await this.tokens.retireOpen(member.id, [
        AccountTokenPurpose.PASSWORD_RESET,
        AccountTokenPurpose.ACCOUNT_SETUP,
      ]);
      const ended = await this.sessions.endOtherSessions(viewer, 'password-changed');
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.PasswordChanged,
        target: { type: 'member', id: member.id },
        details: { otherSessionsEnded: ended },
        clientAddress,
      });
      await this.outbox.publish({
        topic: 'member.password-changed',
        aggregate: { type: 'member', id: member.id },
      });
      return ended;
    });
  }
}
