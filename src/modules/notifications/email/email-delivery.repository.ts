// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { EmailDeliveryEntity } from 'src/modules/notifications/email-delivery.entity';

export interface DeliveryClaim {
  id: string;
  /** Set: this mail went out already. Null: new, or an earlier attempt failed before it was sent. */
  sentAt: Date | null;
}

/** The `email_delivery` rows that make each e-mail go out once. */
@Injectable()
export class EmailDeliveryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Creates the row for (key, member) unless it exists, and returns it either way. The insert
   * commits on its own, so a concurrent claimant never waits on an open transaction.
   */
  async claim(deliveryKey: string, memberId: string): Promise<DeliveryClaim> {
    await this.tx.manager.query(
      `INSERT INTO email_delivery (delivery_key, member_id) VALUES ($1, $2)
       ON CONFLICT (delivery_key, member_id) DO NOTHING`,
      [deliveryKey, memberId],
    );
    const row = await this.tx.manager.findOneByOrFail(EmailDeliveryEntity, {
      deliveryKey,
      memberId,
    });
    return { id: row.id, sentAt: row.sentAt };
  }

  async markSent(id: string, itemCount = 0): Promise<void> {
    await this.tx.manager.update(EmailDeliveryEntity, { id }, { sentAt: new Date(), itemCount });
  }
}
