// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { TransactionHost } from 'src/database/transaction-host';
import { newOpaqueToken, hashToken } from 'src/common/tokens';
import { AppError, Errors } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import type { Viewer } from 'src/graph/auth/viewer';
import { mfaRequired } from 'src/graph/auth/mfa-rules';
import { MfaRepository } from 'src/modules/auth/mfa/mfa.repository';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { AccessTokens } from 'src/modules/auth/access-tokens';
import { deviceOf } from 'src/modules/auth/device-label';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { SignInRateLimiter } from 'src/modules/auth/sign-in-rate-limiter';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService, normaliseEmail } from 'src/modules/members/members.service';

export interface SignedIn {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  member: MemberEntity;
  /** The new session's viewer, so the same response can show the member their own fields. */
  viewer: Viewer;
}

/** One message for every sign-in failure: an attacker cannot tell which e-mails exist. */
const SIGN_IN_FAILED = 'Wrong e-mail or password';
const SESSION_INVALID = 'Your session has ended; sign in again';

@Injectable()
export class AuthService extends ViewerSource {
  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly sessions: SessionsRepository,
    private readonly members: MembersService,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditService,
    private readonly mfa: MfaRepository,
  ) {
    super();
  }

  /**
   * The token API's one-step sign-in. A member with a second factor is refused with
   * MFA_CHALLENGE_REQUIRED (after the password was checked, so this tells nothing to a guesser):
   * their clients sign in with `signIn` and `completeSignIn`.
   */
  async login(
    email: string,
    password: string,
    clientAddress: string,
    userAgent?: string,
  ): Promise<SignedIn> {
    const member = await this.checkPassword(email, password, clientAddress);
    if (await this.mfa.hasSecondFactor(member.id))
      throw new AppError(
        ErrorCode.MFA_CHALLENGE_REQUIRED,
        'This account signs in with a second factor: use signIn and completeSignIn',
      );
    return this.openSession(member, clientAddress, userAgent);
  }

  /**
   * The first step of every sign-in: rate limits, then the password. Every failure answers the
   * same, so an attacker cannot tell which e-mails exist; each is audited.
   */
  async checkPassword(
    email: string,
    password: string,
    clientAddress: string,
  ): Promise<MemberEntity> {
    const accountKey = this.accountKey(email);
    try {
      await this.rateLimiter.beforeAttempt(accountKey, clientAddress);
    } catch (error) {
      await this.audit.record({
        actorId: null,
        action: AuditAction.SignInRateLimited,
        clientAddress,
      });
      throw error;
    }
    const member = await this.members.findByEmail(email);
    const passwordOk = await this.passwords.verify(member?.passwordHash ?? null, password);
    if (!member || !passwordOk || member.status !== MemberStatus.ACTIVE) {
      await this.rateLimiter.recordFailure(accountKey, clientAddress);
      // The actor is recorded only when the account exists; the e-mail itself is never logged.
      await this.audit.record({
        actorId: member?.id ?? null,
        action: AuditAction.SignInFailed,
        target: member ? { type: 'member', id: member.id } : undefined,
        details: {
          reason: !member ? 'unknown-account' : !passwordOk ? 'wrong-password' : 'inactive',
        },
        clientAddress,
      });
      throw Errors.unauthenticated(SIGN_IN_FAILED);
    }
    await this.rateLimiter.recordSuccess(accountKey);
    return member;
  }

  /**
   * Opens the session of a member who passed every step, audited; `secondFactor` names the
   * factor of a two-step sign-in (the session then counts as freshly verified for step-up).
   */
  async openSession(
    member: MemberEntity,
    clientAddress: string,
    userAgent?: string,
    secondFactor?: string,
    federated?: { provider: string; mfa: boolean },
  ): Promise<SignedIn> {
    return this.tx.run(async () => {
      const signedIn = await this.startSession(member, userAgent);
      if (federated?.mfa) await this.sessions.markFederatedMfa(signedIn.viewer.sessionId);
      else if (secondFactor) await this.sessions.markSecondFactor(signedIn.viewer.sessionId);
      const details = {
        ...(secondFactor ? { secondFactor } : {}),
        ...(federated ? { provider: federated.provider, idpMfa: federated.mfa } : {}),
      };
      await this.audit.record({
        actorId: member.id,
        action: AuditAction.SignInSucceeded,
        target: { type: 'member', id: member.id },
        ...(Object.keys(details).length ? { details } : {}),
        clientAddress,
      });
      return signedIn;
    });
  }

  /** The rate limiter's key for an account: a hash, so the limiter's store holds no e-mail. */
  accountKey(email: string): string {
    return createHash('sha256').update(normaliseEmail(email)).digest('hex');
  }

  /**
   * Rotates a refresh token. Presenting a rotated token again within the reuse grace
   * (REFRESH_REUSE_GRACE_SECONDS after its first use) answers a fresh pair for the same session:
   * two tabs refreshing at once, or a client retrying after the response was lost, look exactly
   * like that. Later reuse means the token leaked, and it revokes the whole session.
   */
  async refresh(refreshToken: string, clientAddress: string): Promise<SignedIn> {
    const outcome = await this.tx.run(async () => {
      const token = await this.sessions.findRefreshTokenForUpdate(this.hash(refreshToken));
      if (!token) return { error: SESSION_INVALID } as const;
      const session = await this.sessions.findSession(token.sessionId);
      if (
        !session ||
        session.revokedAt ||
        session.expiresAt <= new Date() ||
        token.expiresAt <= new Date()
      ) {
        return { error: SESSION_INVALID } as const;
      }
      if (token.usedAt && !this.withinReuseGrace(token.usedAt)) {
        await this.sessions.revokeSession(session.id, 'refresh-token-reuse');
        await this.audit.record({
          actorId: session.memberId,
          action: AuditAction.SessionRevokedOnReuse,
          target: { type: 'session', id: session.id },
          clientAddress,
        });
        return { error: SESSION_INVALID } as const;
      }
      const member = await this.members.require(session.memberId);
      if (member.status !== MemberStatus.ACTIVE) return { error: SESSION_INVALID } as const;
      // A reuse within the grace leaves the first use's time alone: the window never stretches.
      if (!token.usedAt) await this.sessions.markRefreshTokenUsed(token.id);
      await this.sessions.touchSession(session.id);
      return { signedIn: await this.issueTokens(member, session.id, session.expiresAt) } as const;
    });
    // The revocation above must commit, so the error is thrown only after the transaction.
    if ('error' in outcome) throw Errors.unauthenticated(outcome.error);
    return outcome.signedIn;
  }

  async logout(viewer: Viewer): Promise<boolean> {
    return this.tx.run(async () => {
      const revoked = await this.sessions.revokeSession(viewer.sessionId, 'logout');
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.SignedOut,
        target: { type: 'session', id: viewer.sessionId },
      });
      return revoked;
    });
  }

  /**
   * Ends the session a refresh token belongs to (the browser's sign-out, which holds only the
   * cookie). An unknown token ends nothing; a rotated one still ends its session.
   */
  async logoutWithRefreshToken(refreshToken: string): Promise<boolean> {
    return this.tx.run(async () => {
      const token = await this.sessions.findRefreshTokenForUpdate(this.hash(refreshToken));
      const session = token ? await this.sessions.findSession(token.sessionId) : null;
      if (!session) return false;
      const revoked = await this.sessions.revokeSession(session.id, 'logout');
      if (revoked) {
        await this.audit.record({
          actorId: session.memberId,
          action: AuditAction.SignedOut,
          target: { type: 'session', id: session.id },
        });
      }
      return revoked;
    });
  }

  async viewerFromToken(token: string): Promise<Viewer | null> {
    const claims = await this.accessTokens.verify(token);
    if (!claims) return null;
    const facts = await this.sessions.liveViewerFacts(claims.sessionId, claims.memberId);
    if (!facts) return null;
    return {
      memberId: facts.memberId,
      sessionId: claims.sessionId,
      organisationId: facts.organisationId,
      roles: facts.roles,
      locale: facts.locale,
      mfa: {
        // A session whose IdP asserted MFA (REFEDS) meets the requirement for its lifetime.
        enrolled: facts.enrolled || facts.federatedMfa,
        required: mfaRequired(
          facts.roles,
          this.config.env.MFA_REQUIRED_ROLES,
          facts.organisationRequiresMfa,
        ),
        verifiedAt: facts.secondFactorAt,
      },
    };
  }

  /**
   * Opens a session inside the caller's transaction (sign-in, accepted invitation); the
   * User-Agent becomes the device label the member sees in their list of sessions.
   */
  async startSession(member: MemberEntity, userAgent?: string): Promise<SignedIn> {
    const expiresAt = new Date(Date.now() + this.config.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const session = await this.sessions.createSession(member.id, expiresAt, deviceOf(userAgent));
    return this.issueTokens(member, session.id, expiresAt);
  }

  private async issueTokens(
    member: MemberEntity,
    sessionId: string,
    sessionExpiresAt: Date,
  ): Promise<SignedIn> {
    const refreshToken = newOpaqueToken();
    await this.sessions.addRefreshToken(sessionId, this.hash(refreshToken), sessionExpiresAt);
    const access = await this.accessTokens.issue({ memberId: member.id, sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: sessionExpiresAt,
      member,
      viewer: {
        memberId: member.id,
        sessionId,
        organisationId: member.organisationId,
        roles: member.roles,
        locale: member.locale,
      },
    };
  }

  private withinReuseGrace(usedAt: Date): boolean {
    return Date.now() - usedAt.getTime() < this.config.env.REFRESH_REUSE_GRACE_SECONDS * 1000;
  }

  private hash(token: string): string {
    return hashToken(token, this.config.env.REFRESH_TOKEN_SECRET);
  }
}
