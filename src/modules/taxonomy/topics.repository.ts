// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { TopicEntity } from 'src/modules/taxonomy/topic.entity';

export type TopicRow = Pick<TopicEntity, 'slug' | 'kind' | 'nameSv' | 'nameEn' | 'position'>;

export interface TopicParentLink {
  id: string;
  parentId: string | null;
}

const CATALOGUE_ORDER = { kind: 'ASC', position: 'ASC' } as const;

@Injectable()
export class TopicsRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Every committed topic, read on a pooled connection even inside a transaction: the result is
   * cached for every request, so it must not see (or depend on) one caller's uncommitted work.
   */
  findAllCommitted(): Promise<TopicEntity[]> {
    return this.dataSource.manager.find(TopicEntity, { order: CATALOGUE_ORDER });
  }

  /** Every topic as the current transaction sees it, its own writes included. */
  findAll(): Promise<TopicEntity[]> {
    return this.tx.manager.find(TopicEntity, { order: CATALOGUE_ORDER });
  }

  /** Inserts or refreshes rows by slug; ids of existing rows never change, parents are untouched. */
  async upsertBySlug(rows: readonly TopicRow[]): Promise<void> {
    if (!rows.length) return;
    await this.tx.manager.upsert(TopicEntity, [...rows], { conflictPaths: ['slug'] });
  }

  /** Sets each topic's parent (null clears it) in one statement. */
  async setParents(links: readonly TopicParentLink[]): Promise<void> {
    if (!links.length) return;
    await this.tx.manager.query(
      `UPDATE topic AS t SET parent_id = v.parent_id
       FROM unnest($1::uuid[], $2::uuid[]) AS v(id, parent_id)
       WHERE t.id = v.id AND t.parent_id IS DISTINCT FROM v.parent_id`,
      [links.map((link) => link.id), links.map((link) => link.parentId)],
    );
  }
}
