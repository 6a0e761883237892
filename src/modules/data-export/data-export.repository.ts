// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { DataExportEntity } from 'src/modules/data-export/data-export.entity';
import { DataExportStatus } from 'src/modules/data-export/data-export-status.enum';

/** Storage of data exports; the sealed archive is read only by `takeForDownload`. */
@Injectable()
export class DataExportRepository {
  constructor(private readonly tx: TransactionHost) {}

  latestOf(memberId: string): Promise<DataExportEntity | null> {
    return this.tx.manager.findOne(DataExportEntity, {
      where: { memberId },
      order: { requestedAt: 'DESC' },
    });
  }

  find(id: string): Promise<DataExportEntity | null> {
    return this.tx.manager.findOneBy(DataExportEntity, { id });
  }

  /** Serialises a member's requests: two at once cannot both see "none pending". */
  async lockMember(memberId: string): Promise<void> {
    await this.tx.manager.query(`SELECT 1 FROM member WHERE id = $1 FOR UPDATE`, [memberId]);
  }

  hasPending(memberId: string): Promise<boolean> {
    return this.tx.manager.existsBy(DataExportEntity, {
      memberId,
      status: DataExportStatus.PENDING,
    });
  }

  async create(memberId: string): Promise<DataExportEntity> {
    const [row] = (
      await this.tx.manager
        .createQueryBuilder()
        .insert()
        .into(DataExportEntity)
        .values({ memberId, status: DataExportStatus.PENDING })
        .returning('*')
        .execute()
    ).generatedMaps as DataExportEntity[];
    return this.tx.manager.findOneByOrFail(DataExportEntity, { id: row!.id });
  }

  /** A member's earlier ready archives are dropped when they ask for a new one. */
  async expireReadyOf(memberId: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE data_export SET status = 'EXPIRED', sealed_archive = NULL
        WHERE member_id = $1 AND status = 'READY'`,
      [memberId],
    );
  }

  /** Stores the archive of a pending export; false when it is no longer pending (a re-run). */
  async markReady(
    id: string,
    sealedArchive: string,
    byteSize: number,
    expiresAt: Date,
  ): Promise<boolean> {
    const result = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE data_export
          SET status = 'READY', sealed_archive = $2, byte_size = $3, ready_at = now(),
              expires_at = $4
        WHERE id = $1 AND status = 'PENDING'`,
      [id, sealedArchive, byteSize, expiresAt],
    );
    return result[1] === 1;
  }

  /**
   * Takes the archive of the member's ready, unexpired export and deletes it in the same
   * statement: of two requests with the same link only one gets it.
   */
  async takeForDownload(id: string, memberId: string): Promise<string | null> {
    const [rows] = await this.tx.manager.query<[{ sealed_archive: string }[], number]>(
      `UPDATE data_export d
          SET status = 'DOWNLOADED', downloaded_at = now(), sealed_archive = NULL
         FROM (SELECT id, sealed_archive FROM data_export
                WHERE id = $1 AND member_id = $2 AND status = 'READY' AND expires_at > now()
                FOR UPDATE) old
        WHERE d.id = old.id
        RETURNING old.sealed_archive`,
      [id, memberId],
    );
    return rows[0]?.sealed_archive ?? null;
  }

  /** Deletes the archives of ready exports past their expiry; returns how many. */
  async expireDue(): Promise<number> {
    const result = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE data_export SET status = 'EXPIRED', sealed_archive = NULL
        WHERE status = 'READY' AND expires_at <= now()`,
    );
    return result[1];
  }

  async deleteOf(memberId: string): Promise<void> {
    await this.tx.manager.delete(DataExportEntity, { memberId });
  }
}
