// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import type { Device } from 'src/modules/auth/device-label';
import { AuthSessionEntity } from 'src/modules/auth/auth-session.entity';
import { RefreshTokenEntity } from 'src/modules/auth/refresh-token.entity';
import type { Role } from 'src/graph/auth/role.enum';
import type { Locale } from 'src/modules/members/locale.enum';

/** What `liveViewerFacts` reads for a request's viewer. */
export interface LiveViewerFacts {
  memberId: string;
  organisationId: string;
  roles: Role[];
  locale: Locale;
  secondFactorAt: Date | null;
  federatedMfa: boolean;
  enrolled: boolean;
  organisationRequiresMfa: boolean;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: TransactionHost) {}

  createSession(
    memberId: string,
    expiresAt: Date,
    device: Device = { browser: null, operatingSystem: null, label: null },
  ): Promise<AuthSessionEntity> {
    return this.tx.manager.save(
      this.tx.manager.create(AuthSessionEntity, {
        memberId,
        expiresAt,
        deviceLabel: device.label,
        deviceBrowser: device.browser,
        deviceOs: device.operatingSystem,
      }),
    );
  }

  /** Records a refresh as the session's last use. */
  async touchSession(id: string): Promise<void> {
    await this.tx.manager.update(AuthSessionEntity, { id }, { lastUsedAt: () => 'now()' });
  }

  /** The member's live sessions, most recently used first. */
  findLiveSessionsOf(memberId: string): Promise<AuthSessionEntity[]> {
    return this.tx.manager
      .createQueryBuilder(AuthSessionEntity, 'session')
      .where('session.member_id = :memberId', { memberId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .orderBy('session.last_used_at', 'DESC')
      .addOrderBy('session.id', 'DESC')
      .getMany();
  }

  /** Revokes one of the member's own sessions; false if it is not theirs or already ended. */
  async revokeSessionOf(memberId: string, id: string, reason: string): Promise<boolean> {
    const result = await this.tx.manager.update(
      AuthSessionEntity,
      { id, memberId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Revokes every live session of the member except one (the caller's); returns how many. */
  async revokeOtherSessionsOf(memberId: string, keepId: string, reason: string): Promise<number> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('member_id = :memberId', { memberId })
      .andWhere('id <> :keepId', { keepId })
      .andWhere('revoked_at IS NULL')
      .andWhere('expires_at > now()')
      .execute();
    return result.affected ?? 0;
  }

  async addRefreshToken(sessionId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.tx.manager.insert(RefreshTokenEntity, { sessionId, tokenHash, expiresAt });
  }

  /** Locks the token row so two concurrent refreshes with one token cannot both rotate it. */
  findRefreshTokenForUpdate(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.tx.manager.findOne(RefreshTokenEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markRefreshTokenUsed(id: string): Promise<void> {
    await this.tx.manager.update(RefreshTokenEntity, { id }, { usedAt: () => 'now()' });
  }

  findSession(id: string): Promise<AuthSessionEntity | null> {
    return this.tx.manager.findOneBy(AuthSessionEntity, { id });
  }

  async revokeSession(id: string, reason: string): Promise<boolean> {
    const result = await this.tx.manager.update(
      AuthSessionEntity,
      { id, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Deletes every session of a member and its refresh tokens (account deletion). */
  async deleteAllSessionsOf(memberId: string): Promise<void> {
    await this.tx.manager.delete(AuthSessionEntity, { memberId });
  }

  async revokeAllSessionsOf(memberId: string, reason: string): Promise<void> {
    await this.tx.manager.update(
      AuthSessionEntity,
      { memberId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }

  /** Whether the session is the member's and still live (the guard asks on every request). */
  async isLive(sessionId: string, memberId: string): Promise<boolean> {
    return this.tx.manager
      .createQueryBuilder(AuthSessionEntity, 'session')
      .where('session.id = :sessionId', { sessionId })
      .andWhere('session.member_id = :memberId', { memberId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .getExists();
  }

  /**
   * Everything a request's viewer is built from, in one statement: the live session (not
   * revoked, not expired) of this member, the member if ACTIVE, whether they have a second
   * factor, and whether their organisation requires one. Undefined when the session or the
   * member does not qualify. Every request asks this, so it is one round trip rather than one
   * per module (session, member, factors, organisation): it reads the members' and
   * organisations' columns directly, the one place auth does, for the hot path's sake
   * (`npm run bench:load`). The rules applied to the facts stay in AuthService.
   */
  async liveViewerFacts(sessionId: string, memberId: string): Promise<LiveViewerFacts | undefined> {
    const rows = await this.tx.manager.query<LiveViewerFacts[]>(
      `SELECT s.second_factor_at AS "secondFactorAt", s.federated_mfa AS "federatedMfa",
              m.id AS "memberId", m.organisation_id AS "organisationId",
              m.roles::text[] AS roles, m.locale::text AS locale,
              COALESCE(o.require_mfa, false) AS "organisationRequiresMfa",
              (EXISTS (SELECT 1 FROM mfa_totp t WHERE t.member_id = m.id AND t.confirmed_at IS NOT NULL)
               OR EXISTS (SELECT 1 FROM mfa_passkey p WHERE p.member_id = m.id)) AS enrolled
         FROM auth_session s
         JOIN member m ON m.id = s.member_id AND m.status = 'ACTIVE'
         LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE s.id = $1 AND s.member_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [sessionId, memberId],
    );
    return rows[0];
  }

  /** A session opened by a federated sign-in whose IdP asserted MFA (it counts as enrolled). */
  async markFederatedMfa(id: string): Promise<void> {
    await this.tx.manager.update(
      AuthSessionEntity,
      { id },
      { federatedMfa: true, secondFactorAt: () => 'now()' },
    );
  }

  /** Records that the session just proved a second factor (sign-in second step, step-up). */
  async markSecondFactor(id: string): Promise<void> {
    await this.tx.manager.update(AuthSessionEntity, { id }, { secondFactorAt: () => 'now()' });
  }
}
