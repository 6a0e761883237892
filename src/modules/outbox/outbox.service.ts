// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { eraseValuesIn } from 'src/common/erasure';
import { TransactionHost } from 'src/database/transaction-host';
import { OutboxEntity } from 'src/modules/outbox/outbox.entity';
import type { NewOutboxEvent, OutboxTopic } from 'src/modules/outbox/outbox-event';

@Injectable()
export class OutboxService {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Records an event in the caller's transaction. Refuses to run outside one: an event committed
   * without its change (or a change without its event) is exactly what the outbox prevents.
   */
  async publish<T extends OutboxTopic>(event: NewOutboxEvent<T>): Promise<void> {
    await this.publishMany([event]);
  }

  /** Records many events in one statement (a notification to many members), in the caller's transaction. */
  async publishMany<T extends OutboxTopic>(events: readonly NewOutboxEvent<T>[]): Promise<void> {
    const manager = this.tx.requireTransaction('OutboxService.publish');
    if (events.length === 0) return;
    await manager.insert(
      OutboxEntity,
      events.map((event) => ({
        topic: event.topic,
        aggregateType: event.aggregate.type,
        aggregateId: event.aggregate.id,
        payload: (event.payload ?? {}) as QueryDeepPartialEntity<Record<string, unknown>>,
      })),
    );
  }

  /**
   * Replaces a deleted member's address and name in stored event payloads, inside the caller's
   * transaction. Payloads carry ids and sealed values by design; this catches any that quoted one.
   */
  async eraseValues(values: readonly string[]): Promise<void> {
    const manager = this.tx.requireTransaction('OutboxService.eraseValues');
    await eraseValuesIn(manager, 'outbox', [{ name: 'payload', type: 'jsonb' }], values);
  }
}
