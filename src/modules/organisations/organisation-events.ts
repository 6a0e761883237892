// SPDX-License-Identifier: EUPL-1.2
/** Organisation administration topics and the payloads they carry. */
export interface OrganisationEventPayloads {
  'organisation.created': Record<never, never>;
  /** The names of the fields that changed (the audit entry holds before and after). */
  'organisation.updated': { changed: string[] };
}
