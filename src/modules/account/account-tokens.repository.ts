// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { AccountTokenEntity } from 'src/modules/account/account-token.entity';
import type { AccountTokenPurpose } from 'src/modules/account/account-token-purpose';

@Injectable()
export class AccountTokensRepository {
  constructor(private readonly tx: TransactionHost) {}

  insert(
    token: Pick<
      AccountTokenEntity,
      'memberId' | 'purpose' | 'tokenHash' | 'newEmail' | 'expiresAt'
    >,
  ): Promise<AccountTokenEntity> {
    return this.tx.manager.save(this.tx.manager.create(AccountTokenEntity, token));
  }

  findById(id: string): Promise<AccountTokenEntity | null> {
    return this.tx.manager.findOneBy(AccountTokenEntity, { id });
  }

  /** Locks the token so it can be used once, even by two requests at once. */
  findByHashForUpdate(tokenHash: string): Promise<AccountTokenEntity | null> {
    return this.tx.manager.findOne(AccountTokenEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markUsed(id: string): Promise<void> {
    await this.tx.manager.update(AccountTokenEntity, { id }, { usedAt: () => 'now()' });
  }

  /** Retires the member's unused tokens of these purposes (a newer one, or a new password). */
  async retireOpen(memberId: string, purposes: readonly AccountTokenPurpose[]): Promise<void> {
    await this.tx.manager.update(
      AccountTokenEntity,
      { memberId, purpose: In([...purposes]), usedAt: IsNull() },
      { usedAt: () => 'now()' },
    );
  }

  async deleteAllOf(memberId: string): Promise<void> {
    await this.tx.manager.delete(AccountTokenEntity, { memberId });
  }
}
