// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import type { Device } from 'src/modules/auth/device-label';
import { AuthSessionEntity } from 'src/modules/auth/auth-session.entity';
import { RefreshTokenEntity } from 'src/modules/auth/refresh-token.entity';

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
   * The live session's last second-factor proof (null when none) and whether its IdP asserted
   * MFA, or undefined when the session is not the member's or has ended. One primary-key lookup;
   * the guard asks on every request.
   */
  async liveSecondFactor(
    sessionId: string,
    memberId: string,
  ): Promise<{ at: Date | null; federated: boolean } | undefined> {
    const session = await this.tx.manager
      .createQueryBuilder(AuthSessionEntity, 'session')
      .where('session.id = :sessionId', { sessionId })
      .andWhere('session.member_id = :memberId', { memberId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .getOne();
    return session ? { at: session.secondFactorAt, federated: session.federatedMfa } : undefined;
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
