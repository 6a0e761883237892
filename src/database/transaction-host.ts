// SPDX-License-Identifier: EUPL-1.2
import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The transaction boundary. A service opens a transaction with `run`; every repository inside it
 * reads `manager` and so writes through the same connection, which is how a change, its outbox
 * event and its audit entry commit or roll back together without passing a manager around.
 */
@Injectable()
export class TransactionHost {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  /** The current transaction's manager, or the pooled default outside a transaction. */
  get manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /** Runs `work` in a transaction, joining the surrounding one if there is one. */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.storage.getStore();
    if (current) return work(current);
    return this.dataSource.transaction((manager) => this.storage.run(manager, () => work(manager)));
  }

  /** Throws when called outside `run`: used by writers that must never commit on their own. */
  requireTransaction(writer: string): EntityManager {
    const current = this.storage.getStore();
    if (!current) {
      throw new Error(`${writer} must be called inside TransactionHost.run`);
    }
    return current;
  }
}
