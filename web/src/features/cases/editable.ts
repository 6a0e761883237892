// SPDX-License-Identifier: EUPL-1.2
import type { CaseStatus } from '../../graphql/graphql';

/** Statuses in which the author may edit and (re)submit (DOMAIN §6 case workflow). */
export const EDITABLE_STATUSES: readonly CaseStatus[] = [
  'DRAFT',
  'CHANGES_REQUESTED',
  'REJECTED',
  'WITHDRAWN',
];

export const isEditable = (status: CaseStatus) => EDITABLE_STATUSES.includes(status);
