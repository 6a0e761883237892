// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';
import { InvitationEntity } from 'src/modules/invitations/invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(private readonly tx: TransactionHost) {}

  insert(
    invitation: Omit<
      InvitationEntity,
      'id' | 'createdAt' | 'acceptedAt' | 'revokedAt' | 'organisation'
    >,
  ): Promise<InvitationEntity> {
    return this.tx.manager.save(this.tx.manager.create(InvitationEntity, invitation));
  }

  findById(id: string): Promise<InvitationEntity | null> {
    return this.tx.manager.findOneBy(InvitationEntity, { id });
  }

  /** Locks the invitation so it can be accepted only once, even by two requests at once. */
  findByTokenHashForUpdate(tokenHash: string): Promise<InvitationEntity | null> {
    return this.tx.manager.findOne(InvitationEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markAccepted(id: string): Promise<void> {
    await this.tx.manager.update(InvitationEntity, { id }, { acceptedAt: () => 'now()' });
  }

  findByIdForUpdate(id: string): Promise<InvitationEntity | null> {
    return this.tx.manager.findOne(InvitationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A still-open invitation for the address, so an admin does not send a second by accident. */
  findOpenFor(email: string): Promise<InvitationEntity | null> {
    return this.tx.manager.findOneBy(InvitationEntity, {
      email,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }

  /** A new token and expiry: the previous link stops working. */
  async renew(id: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.tx.manager.update(InvitationEntity, { id }, { tokenHash, expiresAt });
  }

  async markRevoked(id: string): Promise<void> {
    await this.tx.manager.update(InvitationEntity, { id }, { revokedAt: () => 'now()' });
  }

  /** An organisation's invitations, newest first. */
  findPageForOrganisation(organisationId: string, page: KeysetPage) {
    const query = this.tx.manager
      .createQueryBuilder(InvitationEntity, 'invitation')
      .where('invitation.organisation_id = :organisationId', { organisationId });
    return keysetPaginate(
      query,
      [
        {
          expression: 'invitation.created_at',
          value: (i) => i.createdAt.toISOString(),
          cast: 'timestamptz',
        },
        { expression: 'invitation.id', value: (i) => i.id, cast: 'uuid' },
      ],
      page,
    );
  }
}
