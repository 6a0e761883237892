// SPDX-License-Identifier: EUPL-1.2
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { TransactionHost } from 'src/database/transaction-host';

type Work = () => Promise<void>;

/**
 * Holds work back until the surrounding transaction commits and drops it on rollback, so a live
 * update never announces a notification that other processes cannot read yet (or ever). Outside
 * a transaction the work runs at once. Registered as a TypeORM subscriber for commit events.
 * Savepoints are not tracked: TransactionHost joins an outer transaction instead of nesting.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Work[]>();

  constructor(
    private readonly tx: TransactionHost,
    dataSource: DataSource,
  ) {
    dataSource.subscribers.push(this);
  }

  async run(work: Work): Promise<void> {
    const runner = this.tx.inTransaction ? this.tx.manager.queryRunner : undefined;
    if (!runner) return work();
    const queued = this.pending.get(runner) ?? [];
    queued.push(work);
    this.pending.set(runner, queued);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // A released savepoint: the outer transaction has not committed yet.
    if (queryRunner.isTransactionActive) return;
    const queued = this.pending.get(queryRunner) ?? [];
    this.pending.delete(queryRunner);
    for (const work of queued) await work();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
  }
}
