// SPDX-License-Identifier: EUPL-1.2
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';

/**
 * Where an item stands, as far as reading goes:
 * - `LIVE`: published and not hidden; its audience reads it.
 * - `IN_MODERATION`: submitted, sent back, rejected, hidden, withdrawn or archived; the author and,
 *   for community levels, moderators read it.
 * - `PRIVATE`: a draft; the author alone reads it.
 */
export type ReadStage = 'LIVE' | 'IN_MODERATION' | 'PRIVATE';

/** The facts about a case, question or answer that decide who may read it. */
export interface ReadableItem {
  sharingLevel: SharingLevel;
  authorId: string;
  authorOrganisationId: string;
  recipientOrganisationIds: readonly string[];
  recipientMemberIds: readonly string[];
  /**
   * Questions directed to organisations (DOMAIN §7): AMBER adds those organisations to the
   * audience, RED adds their experts. Absent for content that cannot be directed.
   */
  directedToOrganisationIds?: readonly string[];
  stage: ReadStage;
}

/**
 * How a content table spells the same facts in SQL, for lists and counts. Column names are
 * shared by every content table; the stage conditions are the table's own.
 */
export interface ReadableTable {
  /** The query alias of the content table, e.g. `c`. */
  alias: string;
  /** SQL that is true when the row is LIVE. */
  liveSql: string;
  /** SQL that is true when the row is past its draft (IN_MODERATION or LIVE). */
  submittedSql: string;
  /** The table has `directed_to_ids` (questions). */
  directed?: boolean;
}
