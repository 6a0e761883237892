import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
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

  /** A still-open invitation for the address, so an admin does not send a second by accident. */
  findOpenFor(email: string): Promise<InvitationEntity | null> {
    return this.tx.manager.findOneBy(InvitationEntity, {
      email,
      acceptedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }
}
