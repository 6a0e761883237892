// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { AuthService, type SignedIn } from 'src/modules/auth/auth.service';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import { MfaChallengePurpose } from 'src/modules/auth/mfa/mfa-challenge.entity';
import { MAX_FAILED_ATTEMPTS, MfaChallenges } from 'src/modules/auth/mfa/mfa-challenges';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';
import {
  SecondFactorService,
  type SecondFactorProof,
} from 'src/modules/auth/mfa/second-factor.service';
import { WebAuthnRelyingParty } from 'src/modules/auth/mfa/webauthn-relying-party';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService } from 'src/modules/members/members.service';
import { MemberStatus } from 'src/modules/members/member-status.enum';

/** The second step a sign-in asks for, and which factors the member can answer it with. */
export interface MfaChallenge {
  challengeToken: string;
  expiresAt: Date;
  totp: boolean;
  passkeyOptions: PublicKeyCredentialRequestOptionsJSON | null;
}

export type SignInOutcome = { signedIn: SignedIn } | { challenge: MfaChallenge };

const SECOND_STEP_FAILED = 'Wrong or expired code; sign in again if this keeps happening';

/**
 * Two-step sign-in (DOMAIN §2): the password opens a challenge for members with a second factor,
 * and only `complete` with a valid factor opens a session. Wrong factors count against the
 * challenge (5 tries) and the account's sign-in throttle, and are audited.
 */
@Injectable()
export class MfaSignInService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly auth: AuthService,
    private readonly repository: MfaRepository,
    private readonly challenges: MfaChallenges,
    private readonly factors: SecondFactorService,
    private readonly relyingParty: WebAuthnRelyingParty,
    private readonly members: MembersService,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async signIn(
    email: string,
    password: string,
    clientAddress: string,
    userAgent?: string,
  ): Promise<SignInOutcome> {
    const member = await this.auth.checkPassword(email, password, clientAddress);
    if (!(await this.repository.hasSecondFactor(member.id)))
      return { signedIn: await this.auth.openSession(member, clientAddress, userAgent) };
    return { challenge: await this.openChallenge(member.id, MfaChallengePurpose.SIGN_IN) };
  }

  /**
   * A federated sign-in's second step (DOMAIN §2): none when the IdP asserted MFA (the session
   * counts as verified), the member's own factor when they have one, else a session at once.
   * Inside the caller's transaction.
   */
  async afterFederatedSignIn(
    member: MemberEntity,
    federated: { provider: string; mfa: boolean },
    clientAddress: string,
    userAgent?: string,
  ): Promise<SignInOutcome> {
    if (!federated.mfa && (await this.repository.hasSecondFactor(member.id)))
      return { challenge: await this.openChallenge(member.id, MfaChallengePurpose.SIGN_IN) };
    return {
      signedIn: await this.auth.openSession(member, clientAddress, userAgent, undefined, federated),
    };
  }

  /** A challenge for a member: a token, and passkey options when they have passkeys. */
  async openChallenge(memberId: string, purpose: MfaChallengePurpose): Promise<MfaChallenge> {
    return this.tx.run(async () => {
      const [totp, passkeys] = await Promise.all([
        this.repository.findTotp(memberId),
        this.repository.listPasskeys(memberId),
      ]);
      const passkeyOptions = passkeys.length
        ? await this.relyingParty.authenticationOptions(passkeys)
        : null;
      const { token, expiresAt } = await this.challenges.issue(
        memberId,
        purpose,
        passkeyOptions?.challenge ?? null,
      );
      return {
        challengeToken: token,
        expiresAt,
        totp: Boolean(totp?.confirmedAt),
        passkeyOptions,
      };
    });
  }

  async complete(
    challengeToken: string,
    proof: SecondFactorProof,
    clientAddress: string,
    userAgent?: string,
  ): Promise<SignedIn> {
    const outcome = await this.tx.run(async () => {
      const challenge = await this.challenges.open(challengeToken, MfaChallengePurpose.SIGN_IN);
      if (!challenge) return { error: 'expired' } as const;
      const member = await this.members.require(challenge.memberId);
      const accountKey = this.auth.accountKey(member.email);
      await this.rateLimiter.beforeAttempt(accountKey, clientAddress);
      const method = await this.factors.verify(
        member.id,
        proof,
        challenge.webauthnChallenge,
        clientAddress,
      );
      if (!method || member.status !== MemberStatus.ACTIVE) {
        const failures = await this.repository.countFailedAttempt(challenge.id);
        await this.rateLimiter.recordFailure(accountKey, clientAddress);
        await this.audit.record({
          actorId: member.id,
          action: AuditAction.SignInFailed,
          target: { type: 'member', id: member.id },
          details: {
            reason: 'wrong-second-factor',
            challengeSpent: failures >= MAX_FAILED_ATTEMPTS,
          },
          clientAddress,
        });
        return { error: 'wrong' } as const;
      }
      await this.repository.spendChallenge(challenge.id);
      await this.rateLimiter.recordSuccess(accountKey);
      return {
        signedIn: await this.auth.openSession(member, clientAddress, userAgent, method),
      } as const;
    });
    // The failed attempt must commit, so the error is thrown only after the transaction.
    if ('error' in outcome) throw Errors.unauthenticated(SECOND_STEP_FAILED);
    return outcome.signedIn;
  }
}
