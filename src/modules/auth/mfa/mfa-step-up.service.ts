// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { STEP_UP_WINDOW_MS } from 'src/graph/auth/mfa-rules';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { AuthService } from 'src/modules/auth/auth.service';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import { MfaChallengePurpose } from 'src/modules/auth/mfa/mfa-challenge.entity';
import { MfaChallenges } from 'src/modules/auth/mfa/mfa-challenges';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';
import { MfaSignInService, type MfaChallenge } from 'src/modules/auth/mfa/mfa-sign-in.service';
import {
  SecondFactorService,
  type SecondFactorProof,
} from 'src/modules/auth/mfa/second-factor.service';
import { MembersService } from 'src/modules/members/members.service';

/**
 * Step-up (DOMAIN §2): before revealing an author, changing roles or suspending, a member with a
 * second factor proves it again; the session then counts as fresh for STEP_UP_WINDOW_MS.
 */
@Injectable()
export class MfaStepUpService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly signIn: MfaSignInService,
    private readonly challenges: MfaChallenges,
    private readonly repository: MfaRepository,
    private readonly factors: SecondFactorService,
    private readonly sessions: SessionsRepository,
    private readonly members: MembersService,
    private readonly auth: AuthService,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditService,
  ) {}

  /** What the member can step up with; passkey options carry a fresh challenge. */
  async begin(viewer: Viewer): Promise<MfaChallenge> {
    if (!(await this.repository.hasSecondFactor(viewer.memberId)))
      throw Errors.invalidState('Set up an authenticator app or a passkey first');
    return this.signIn.openChallenge(viewer.memberId, MfaChallengePurpose.STEP_UP);
  }

  /** Returns until when the session counts as freshly verified. */
  async verify(
    viewer: Viewer,
    input: SecondFactorProof & { challengeToken?: string | null },
    clientAddress: string,
  ): Promise<Date> {
    const member = await this.members.require(viewer.memberId);
    const accountKey = this.auth.accountKey(member.email);
    await this.rateLimiter.beforeAttempt(accountKey, clientAddress);
    const outcome = await this.tx.run(async () => {
      let webauthnChallenge: string | null = null;
      if (input.passkey != null) {
        const challenge = input.challengeToken
          ? await this.challenges.open(input.challengeToken, MfaChallengePurpose.STEP_UP)
          : null;
        if (!challenge || challenge.memberId !== viewer.memberId)
          return { error: 'expired' } as const;
        await this.repository.spendChallenge(challenge.id);
        webauthnChallenge = challenge.webauthnChallenge;
      }
      const method = await this.factors.verify(member.id, input, webauthnChallenge, clientAddress);
      if (!method) {
        await this.rateLimiter.recordFailure(accountKey, clientAddress);
        await this.audit.record({
          actorId: member.id,
          action: AuditAction.MfaStepUpFailed,
          target: { type: 'session', id: viewer.sessionId },
          clientAddress,
        });
        return { error: 'wrong' } as const;
      }
      await this.sessions.markSecondFactor(viewer.sessionId);
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.MfaStepUp,
        target: { type: 'session', id: viewer.sessionId },
        details: { secondFactor: method },
        clientAddress,
      });
      return { ok: true } as const;
    });
    if ('error' in outcome)
      throw outcome.error === 'expired'
        ? Errors.invalidState('The passkey request has expired; start again')
        : Errors.badInput('The code is wrong or has expired', [
            { field: 'code', message: 'wrong or expired code' },
          ]);
    await this.rateLimiter.recordSuccess(accountKey);
    return new Date(Date.now() + STEP_UP_WINDOW_MS);
  }
}
