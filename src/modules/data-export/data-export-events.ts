// SPDX-License-Identifier: EUPL-1.2
import type { NoPayload } from 'src/modules/outbox/outbox-topics';

export const DATA_EXPORT_REQUESTED_EVENT = 'member.data-export-requested';
export const DATA_EXPORT_READY_EVENT = 'member.data-export-ready';

/** Data export topics (data-export/); the aggregate is the export, the payload names nothing. */
export interface DataExportEventPayloads {
  [DATA_EXPORT_REQUESTED_EVENT]: NoPayload;
  [DATA_EXPORT_READY_EVENT]: NoPayload;
}
