// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import {
  MfaChallengeEntity,
  type MfaChallengePurpose,
} from 'src/modules/auth/mfa/mfa-challenge.entity';
import { PasskeyEntity } from 'src/modules/auth/mfa/passkey.entity';
import { RecoveryCodeEntity } from 'src/modules/auth/mfa/recovery-code.entity';
import { TotpFactorEntity } from 'src/modules/auth/mfa/totp-factor.entity';

/** Storage of second factors and of the challenges between two steps. */
@Injectable()
export class MfaRepository {
  constructor(private readonly tx: TransactionHost) {}

  findTotp(memberId: string): Promise<TotpFactorEntity | null> {
    return this.tx.manager.findOneBy(TotpFactorEntity, { memberId });
  }

  /** Starts (or restarts) enrolment: an unconfirmed app with a new secret. */
  async savePendingTotp(memberId: string, sealedSecret: string): Promise<void> {
    await this.tx.manager.upsert(
      TotpFactorEntity,
      { memberId, sealedSecret, confirmedAt: null, lastTimeStep: null, createdAt: new Date() },
      ['memberId'],
    );
  }

  async confirmTotp(memberId: string): Promise<void> {
    await this.tx.manager.update(TotpFactorEntity, { memberId }, { confirmedAt: () => 'now()' });
  }

  /**
   * Moves the last used time step forward, only if it is newer: two requests racing with the
   * same code cannot both win. False when the step was already used.
   */
  async advanceTimeStep(memberId: string, timeStep: number): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(TotpFactorEntity)
      .set({ lastTimeStep: timeStep })
      .where('member_id = :memberId', { memberId })
      .andWhere('(last_time_step IS NULL OR last_time_step < :timeStep)', { timeStep })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async deleteTotp(memberId: string): Promise<boolean> {
    const result = await this.tx.manager.delete(TotpFactorEntity, { memberId });
    return (result.affected ?? 0) > 0;
  }

  listPasskeys(memberId: string): Promise<PasskeyEntity[]> {
    return this.tx.manager.find(PasskeyEntity, {
      where: { memberId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findPasskey(memberId: string, credentialId: string): Promise<PasskeyEntity | null> {
    return this.tx.manager.findOneBy(PasskeyEntity, { memberId, credentialId });
  }

  credentialExists(credentialId: string): Promise<boolean> {
    return this.tx.manager.existsBy(PasskeyEntity, { credentialId });
  }

  insertPasskey(passkey: Omit<PasskeyEntity, 'id' | 'createdAt' | 'lastUsedAt'>) {
    return this.tx.manager.save(this.tx.manager.create(PasskeyEntity, passkey));
  }

  async recordPasskeyUse(id: string, counter: number): Promise<void> {
    await this.tx.manager.update(PasskeyEntity, { id }, { counter, lastUsedAt: () => 'now()' });
  }

  async deletePasskey(memberId: string, id: string): Promise<PasskeyEntity | null> {
    const passkey = await this.tx.manager.findOneBy(PasskeyEntity, { memberId, id });
    if (!passkey) return null;
    await this.tx.manager.delete(PasskeyEntity, { id });
    return passkey;
  }

  /**
   * Whether the member has a confirmed app or a passkey, in one statement: the access guard asks
   * on every request.
   */
  async hasSecondFactor(memberId: string): Promise<boolean> {
    const [row] = await this.tx.manager.query<{ enrolled: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM mfa_totp WHERE member_id = $1 AND confirmed_at IS NOT NULL)
              OR EXISTS (SELECT 1 FROM mfa_passkey WHERE member_id = $1) AS enrolled`,
      [memberId],
    );
    return row?.enrolled === true;
  }

  async replaceRecoveryCodes(memberId: string, codeHashes: string[]): Promise<void> {
    await this.tx.manager.delete(RecoveryCodeEntity, { memberId });
    await this.tx.manager.insert(
      RecoveryCodeEntity,
      codeHashes.map((codeHash) => ({ memberId, codeHash })),
    );
  }

  async deleteRecoveryCodes(memberId: string): Promise<void> {
    await this.tx.manager.delete(RecoveryCodeEntity, { memberId });
  }

  /** Spends an unused code; false when it is unknown, someone else's, or already used. */
  async useRecoveryCode(memberId: string, codeHash: string): Promise<boolean> {
    const result = await this.tx.manager.update(
      RecoveryCodeEntity,
      { memberId, codeHash, usedAt: IsNull() },
      { usedAt: () => 'now()' },
    );
    return (result.affected ?? 0) > 0;
  }

  countUnusedRecoveryCodes(memberId: string): Promise<number> {
    return this.tx.manager.countBy(RecoveryCodeEntity, { memberId, usedAt: IsNull() });
  }

  createChallenge(challenge: {
    memberId: string;
    purpose: MfaChallengePurpose;
    tokenHash: string;
    webauthnChallenge: string | null;
    expiresAt: Date;
  }): Promise<MfaChallengeEntity> {
    return this.tx.manager.save(this.tx.manager.create(MfaChallengeEntity, challenge));
  }

  /** Locks the row: two requests with one challenge cannot both complete it. */
  findChallengeForUpdate(tokenHash: string): Promise<MfaChallengeEntity | null> {
    return this.tx.manager.findOne(MfaChallengeEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async spendChallenge(id: string): Promise<void> {
    await this.tx.manager.update(MfaChallengeEntity, { id }, { usedAt: () => 'now()' });
  }

  async countFailedAttempt(id: string): Promise<number> {
    await this.tx.manager.increment(MfaChallengeEntity, { id }, 'failedAttempts', 1);
    const row = await this.tx.manager.findOneByOrFail(MfaChallengeEntity, { id });
    return row.failedAttempts;
  }

  /** Every second factor and open challenge of a member (account deletion). */
  async deleteAllOf(memberId: string): Promise<void> {
    await this.tx.manager.delete(TotpFactorEntity, { memberId });
    await this.tx.manager.delete(PasskeyEntity, { memberId });
    await this.tx.manager.delete(RecoveryCodeEntity, { memberId });
    await this.tx.manager.delete(MfaChallengeEntity, { memberId });
  }
}
