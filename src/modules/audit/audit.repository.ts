// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionHost } from 'src/database/transaction-host';
import { AuditLogEntity } from 'src/modules/audit/audit.entity';
import type { AuditLogFilter } from 'src/modules/audit/dto/audit-log-filter.input';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';

@Injectable()
export class AuditRepository {
  constructor(private readonly tx: TransactionHost) {}

  async append(entry: Omit<AuditLogEntity, 'id' | 'createdAt'>): Promise<void> {
    await this.tx.manager.insert(AuditLogEntity, entry as QueryDeepPartialEntity<AuditLogEntity>);
  }

  findPage(filter: AuditLogFilter, page: KeysetPage) {
    const query = this.tx.manager.createQueryBuilder(AuditLogEntity, 'audit');
    if (filter.actions?.length)
      query.andWhere('audit.action IN (:...actions)', { actions: filter.actions });
    if (filter.actorId) query.andWhere('audit.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.targetTypes?.length)
      query.andWhere('audit.target_type IN (:...targetTypes)', { targetTypes: filter.targetTypes });
    if (filter.targetId)
      query.andWhere('audit.target_id = :targetId', { targetId: filter.targetId });
    if (filter.since) query.andWhere('audit.created_at >= :since', { since: filter.since });
    if (filter.until) query.andWhere('audit.created_at < :until', { until: filter.until });
    return keysetPaginate(
      query,
      [
        {
          expression: 'audit.created_at',
          value: (row) => row.createdAt.toISOString(),
          cast: 'timestamptz',
        },
        { expression: 'audit.id', value: (row) => row.id, cast: 'uuid' },
      ],
      page,
    );
  }
}
