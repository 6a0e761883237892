// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { FederatedSignInEntity } from 'src/modules/federation/federated-sign-in.entity';

type NewFlow = Pick<
  FederatedSignInEntity,
  | 'provider'
  | 'stateHash'
  | 'browserHash'
  | 'sealedCodeVerifier'
  | 'nonce'
  | 'samlRequestId'
  | 'nextPath'
  | 'expiresAt'
>;

@Injectable()
export class FederatedSignInsRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(flow: NewFlow): Promise<void> {
    await this.tx.manager.insert(FederatedSignInEntity, flow);
  }

  /** Locked, so one return of the browser spends the row even if it arrives twice at once. */
  findByStateForUpdate(stateHash: string): Promise<FederatedSignInEntity | null> {
    return this.tx.manager.findOne(FederatedSignInEntity, {
      where: { stateHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findByHandoffForUpdate(handoffHash: string): Promise<FederatedSignInEntity | null> {
    return this.tx.manager.findOne(FederatedSignInEntity, {
      where: { handoffHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markReturned(
    id: string,
    outcome: { memberId: string; mfa: boolean; handoffHash: string; handoffExpiresAt: Date } | null,
  ): Promise<void> {
    await this.tx.manager.update(
      FederatedSignInEntity,
      { id },
      { returnedAt: () => 'now()', ...(outcome ?? {}) },
    );
  }

  async markRedeemed(id: string): Promise<void> {
    await this.tx.manager.update(FederatedSignInEntity, { id }, { redeemedAt: () => 'now()' });
  }

  /** Rows past their life are useless: start the next flow by deleting the old ones. */
  async deleteExpired(before: Date): Promise<void> {
    await this.tx.manager.delete(FederatedSignInEntity, { expiresAt: LessThan(before) });
  }
}
