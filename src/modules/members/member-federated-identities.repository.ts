// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { MemberFederatedIdentityEntity } from 'src/modules/members/member-federated-identity.entity';

@Injectable()
export class MemberFederatedIdentitiesRepository {
  constructor(private readonly tx: TransactionHost) {}

  findBySubject(issuer: string, subject: string): Promise<MemberFederatedIdentityEntity | null> {
    return this.tx.manager.findOneBy(MemberFederatedIdentityEntity, { issuer, subject });
  }

  findByMember(memberId: string): Promise<MemberFederatedIdentityEntity[]> {
    return this.tx.manager.find(MemberFederatedIdentityEntity, {
      where: { memberId },
      order: { createdAt: 'ASC' },
    });
  }

  /** Links the subject to the member; a link that exists (a concurrent sign-in) is kept. */
  async insert(memberId: string, issuer: string, subject: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(MemberFederatedIdentityEntity)
      .values({ memberId, issuer, subject })
      .orIgnore()
      .execute();
  }

  async touch(id: string): Promise<void> {
    await this.tx.manager.update(
      MemberFederatedIdentityEntity,
      { id },
      { lastUsedAt: () => 'now()' },
    );
  }

  async deleteForMember(memberId: string): Promise<void> {
    await this.tx.manager.delete(MemberFederatedIdentityEntity, { memberId });
  }
}
