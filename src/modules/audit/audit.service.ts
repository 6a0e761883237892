// SPDX-License-Identifier: EUPL-1.2
import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { eraseValuesIn } from 'src/common/erasure';
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

  /**
   * Keeps the trail of a deleted member without their personal data, inside the caller's
   * transaction: the entries stay (who did what to which item, by member id), the client
   * fingerprints of their own actions go, and their address and name are replaced wherever an
   * entry's reason or details quoted them.
   */
  async eraseMember(memberId: string, values: readonly string[]): Promise<void> {
    const manager = this.tx.requireTransaction('AuditService.eraseMember');
    // The log refuses every UPDATE but an erasure's, which this transaction declares (SET LOCAL:
    // it ends with the transaction); see migration AuditErasure.
    await manager.query(`SELECT set_config('samrad.erasure', 'on', true)`);
    await manager.query(`UPDATE audit_log SET client_fingerprint = NULL WHERE actor_id = $1`, [
      memberId,
    ]);
    await eraseValuesIn(
      manager,
      'audit_log',
      [
        { name: 'details', type: 'jsonb' },
        { name: 'reason', type: 'text' },
      ],
      values,
    );
    await manager.query(`SELECT set_config('samrad.erasure', 'off', true)`);
  }

  /** A keyed hash: equal addresses correlate, but the log alone does not reveal them. */
  private fingerprint(address: string): string {
    return createHmac('sha256', this.config.env.DATA_ENCRYPTION_KEY)
      .update(address)
      .digest('hex')
      .slice(0, 32);
  }
}
