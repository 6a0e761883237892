// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { AccountErrors } from 'src/modules/account/account.errors';
import { signInKey } from 'src/modules/account/account-keys';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import type { MemberEntity } from 'src/modules/members/member.entity';

/**
 * Re-checks the current password before a sensitive change (new password, new e-mail). A stolen
 * access token must not become a way to guess the password, so failures count towards the same
 * per-account lock as failed sign-ins.
 */
@Injectable()
export class CurrentPassword {
  constructor(
    private readonly passwords: PasswordHasher,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async confirm(
    member: MemberEntity,
    password: string,
    clientAddress: string,
    purpose: 'password-change' | 'email-change' | 'account-deletion',
  ): Promise<void> {
    const key = signInKey(member.email);
    await this.rateLimiter.beforeAttempt(key, clientAddress);
    if (await this.passwords.verify(member.passwordHash, password)) return;
    await this.rateLimiter.recordFailure(key, clientAddress);
    await this.audit.record({
      actorId: member.id,
      action: AuditAction.CurrentPasswordRejected,
      target: { type: 'member', id: member.id },
      details: { reason: 'wrong-current-password', for: purpose },
      clientAddress,
    });
    throw AccountErrors.wrongCurrentPassword();
  }
}
