import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { AuthSessionEntity } from 'src/modules/auth/auth-session.entity';
import { RefreshTokenEntity } from 'src/modules/auth/refresh-token.entity';
import { MemberEntity } from 'src/modules/members/member.entity';
import { MemberStatus } from 'src/modules/members/member-status.enum';

export interface ActiveSessionRow {
  member: MemberEntity;
  session: AuthSessionEntity;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: TransactionHost) {}

  createSession(memberId: string, expiresAt: Date): Promise<AuthSessionEntity> {
    return this.tx.manager.save(this.tx.manager.create(AuthSessionEntity, { memberId, expiresAt }));
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

  async revokeAllSessionsOf(memberId: string, reason: string): Promise<void> {
    await this.tx.manager.update(
      AuthSessionEntity,
      { memberId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }

  /** The member behind a live session, in one query (the guard calls this on every request). */
  async findActive(sessionId: string, memberId: string): Promise<MemberEntity | null> {
    return this.tx.manager
      .createQueryBuilder(MemberEntity, 'member')
      .innerJoin(AuthSessionEntity, 'session', 'session.member_id = member.id')
      .where('session.id = :sessionId', { sessionId })
      .andWhere('member.id = :memberId', { memberId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .andWhere('member.status = :status', { status: MemberStatus.ACTIVE })
      .getOne();
  }
}
