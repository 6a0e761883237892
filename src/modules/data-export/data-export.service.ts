// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { SecretBox } from 'src/common/secret-box';
import { AppConfig } from 'src/config/app-config';
import { TransactionHost } from 'src/database/transaction-host';
import type { Viewer } from 'src/graph/auth/viewer';
import { AppError, Errors } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { buildArchive } from 'src/modules/data-export/data-export-archive';
import type { DataExportEntity } from 'src/modules/data-export/data-export.entity';
import {
  DATA_EXPORT_READY_EVENT,
  DATA_EXPORT_REQUESTED_EVENT,
} from 'src/modules/data-export/data-export-events';
import { DataExportLink } from 'src/modules/data-export/data-export-link';
import { DataExportRepository } from 'src/modules/data-export/data-export.repository';
import { DataExportStatus } from 'src/modules/data-export/data-export-status.enum';
import { MemberDataCollector } from 'src/modules/data-export/member-data.collector';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/** Why a download link was refused; the controller maps each to an HTTP status. */
export enum DownloadRefusal {
  /** Not a link we signed (changed id, expiry or signature). */
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  /** Someone else's export, or no such export: the same answer for both. */
  NOT_YOURS = 'NOT_YOURS',
  /** Downloaded already, or past its expiry: the archive is gone. */
  GONE = 'GONE',
}

export class DownloadRefused extends Error {
  constructor(readonly refusal: DownloadRefusal) {
    super(refusal);
  }
}

/**
 * A member's data export (GDPR Art. 15/20): requested through GraphQL, built by a job into a
 * zip of JSON files (MemberDataCollector), kept sealed with the data key until it is
 * downloaded once through a signed link by the same signed-in member, or until it expires
 * (DATA_EXPORT_TTL_SECONDS); either way the archive is then deleted.
 */
@Injectable()
export class DataExportService {
  private readonly box: SecretBox;
  readonly links: DataExportLink;

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly repository: DataExportRepository,
    private readonly collector: MemberDataCollector,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.box = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
    this.links = new DataExportLink(config.env.DATA_EXPORT_LINK_SECRET);
  }

  /**
   * Queues a new export: one pending export per member (CONFLICT while one is being built).
   * A ready, undownloaded archive is dropped: the new one supersedes it.
   */
  request(viewer: Viewer): Promise<DataExportEntity> {
    return this.tx.run(async () => {
      await this.repository.lockMember(viewer.memberId);
      if (await this.repository.hasPending(viewer.memberId)) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'An export is already being prepared; wait until it is ready',
        );
      }
      await this.repository.expireReadyOf(viewer.memberId);
      const created = await this.repository.create(viewer.memberId);
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.DataExportRequested,
        target: { type: 'data-export', id: created.id },
      });
      await this.outbox.publish({
        topic: DATA_EXPORT_REQUESTED_EVENT,
        aggregate: { type: 'data-export', id: created.id },
      });
      return created;
    });
  }

  latest(viewer: Viewer): Promise<DataExportEntity | null> {
    return this.repository.latestOf(viewer.memberId);
  }

  /** The signed download path of a ready export; null otherwise. */
  downloadPath(entity: DataExportEntity): string | null {
    if (entity.status !== DataExportStatus.READY || !entity.expiresAt) return null;
    if (entity.expiresAt.getTime() <= Date.now()) return null;
    return this.links.path(entity.id, entity.expiresAt);
  }

  /**
   * The job: collects the member's data, seals the archive and marks the export ready, and
   * publishes the event that tells the member (in one transaction). A re-run after the export
   * was finished does nothing.
   */
  build(exportId: string): Promise<{ built: boolean; bytes?: number }> {
    return this.tx.run(async () => {
      const entity = await this.repository.find(exportId);
      if (entity?.status !== DataExportStatus.PENDING) return { built: false };
      const now = new Date();
      const archive = buildArchive(await this.collector.collect(entity.memberId), now);
      const sealed = this.box.seal(Buffer.from(archive).toString('base64'));
      // Whole seconds: the link signs the expiry in seconds and must match it exactly.
      const expiresAt = new Date(
        Math.ceil((now.getTime() + this.config.env.DATA_EXPORT_TTL_SECONDS * 1000) / 1000) * 1000,
      );
      if (!(await this.repository.markReady(exportId, sealed, archive.byteLength, expiresAt)))
        return { built: false };
      await this.outbox.publish({
        topic: DATA_EXPORT_READY_EVENT,
        aggregate: { type: 'data-export', id: exportId },
      });
      return { built: true, bytes: archive.byteLength };
    });
  }

  /**
   * Hands the archive over once: the link must carry our signature and an expiry still ahead,
   * and the export must be the signed-in member's own and ready. The archive is deleted in the
   * same transaction that audits the download.
   */
  download(
    viewer: Viewer,
    exportId: string,
    expires: string | undefined,
    signature: string | undefined,
  ): Promise<Buffer> {
    const signedExpiry = this.links.verify(exportId, expires, signature);
    if (!signedExpiry) throw new DownloadRefused(DownloadRefusal.BAD_SIGNATURE);
    return this.tx.run(async () => {
      const entity = await this.repository.find(exportId);
      if (!entity || entity.memberId !== viewer.memberId) {
        throw new DownloadRefused(DownloadRefusal.NOT_YOURS);
      }
      if (entity.expiresAt?.getTime() !== signedExpiry.getTime()) {
        // Signed for another expiry than the export has: not a link we issued for it.
        throw new DownloadRefused(DownloadRefusal.BAD_SIGNATURE);
      }
      const sealed = await this.repository.takeForDownload(exportId, viewer.memberId);
      if (!sealed) throw new DownloadRefused(DownloadRefusal.GONE);
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.DataExportDownloaded,
        target: { type: 'data-export', id: exportId },
      });
      return Buffer.from(this.box.open(sealed), 'base64');
    });
  }

  /** Deletes the archives of exports nobody downloaded in time. */
  expireDue(): Promise<number> {
    return this.tx.run(() => this.repository.expireDue());
  }

  /** Account deletion: the member's exports go with their data (in the caller's transaction). */
  async forgetMember(memberId: string): Promise<void> {
    this.tx.requireTransaction('DataExportService.forgetMember');
    await this.repository.deleteOf(memberId);
  }

  /** An export by id, or null (the notification router re-reads it). */
  find(exportId: string): Promise<DataExportEntity | null> {
    return this.repository.find(exportId);
  }

  /** An export by id, or NOT_FOUND (the mail job re-reads it). */
  async require(exportId: string): Promise<DataExportEntity> {
    const entity = await this.repository.find(exportId);
    if (!entity) throw Errors.notFound('Data export');
    return entity;
  }
}
