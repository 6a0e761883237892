// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** Where a member's data export stands. */
export enum DataExportStatus {
  /** Requested; the archive is being built by a job. */
  PENDING = 'PENDING',
  /** The archive waits, sealed, to be downloaded once before it expires. */
  READY = 'READY',
  /** Downloaded; the archive is deleted. */
  DOWNLOADED = 'DOWNLOADED',
  /** Not downloaded in time; the archive is deleted. */
  EXPIRED = 'EXPIRED',
}

registerEnumType(DataExportStatus, { name: 'DataExportStatus' });
