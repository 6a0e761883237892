import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { TransactionHost } from 'src/database/transaction-host';
import { AuditRepository } from 'src/modules/audit/audit.repository';
import type { AuditActionName, AuditTargetTypeName } from 'src/modules/audit/audit-action';
import type { AuditLogFilter } from 'src/modules/audit/dto/audit-log-filter.input';
import type { KeysetPage } from 'src/graph/pagination/keyset';

export interface AuditEntry {
  actorId: string | null;
  action: AuditActionName;
  target?: { type: AuditTargetTypeName; id: string };
  reason?: string;
  details?: Record<string, unknown>;
  clientAddress?: string;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
  ) {}

  /**
   * Records an action inside the caller's transaction, so the entry exists exactly when the
   * action does. Outside a transaction (a failed sign-in changes nothing else) it commits alone.
   */
  async record(entry: AuditEntry): Promise<void> {
    await this.tx.run(() =>
      this.repository.append({
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        reason: entry.reason ?? null,
        details: entry.details ?? {},
        clientFingerprint: entry.clientAddress ? this.fingerprint(entry.clientAddress) : null,
      }),
    );
  }

  list(filter: AuditLogFilter, page: KeysetPage) {
    return this.repository.findPage(filter, page);
  }

  /** A keyed hash: equal addresses correlate, but the log alone does not reveal them. */
  private fingerprint(address: string): string {
    return createHmac('sha256', this.config.env.DATA_ENCRYPTION_KEY)
      .update(address)
      .digest('hex')
      .slice(0, 32);
  }
}
