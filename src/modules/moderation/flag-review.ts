// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import type { ContentAccess } from 'src/modules/access-policy/content-access';
import { ITEM } from 'src/modules/access-policy/content-kinds';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import type { ContentFlagEntity } from 'src/modules/moderation/content-flag.entity';
import type {
  ContentFlagType,
  FlagReasonCountType,
} from 'src/modules/moderation/dto/moderation.types';

/**
 * Flag review (DOMAIN §8, docs/domain.md "Flag review"). Readers' flags must reach someone who
 * can act on them at every sharing level, but platform moderators do not read AMBER,
 * AMBER_STRICT or RED content and admins read no content in moderation at all. So a reviewer
 * (a moderator or an admin) decides on a flagged item they may not read from its metadata
 * alone, with the two decisions that need no reading: RESTORE (bring it back, or dismiss the
 * flags of a visible item) and HIDE (take it down, or keep it hidden). Reading the text takes an
 * explicit, audited look (`inspectFlaggedContent`) that the author is told about.
 */
export const FLAG_REVIEWER_ROLES = [Role.MODERATOR, Role.ADMIN] as const;

/** The decisions a reviewer may take on a flagged item without reading it. */
export const DECISIONS_WITHOUT_READING: ReadonlySet<ModerationAction> = new Set([
  ModerationAction.RESTORE,
  ModerationAction.HIDE,
]);

/**
 * Whether the reviewer reads the item's text in moderation: moderators, for what the access
 * policy lets them read (community levels). Admins never do; they review flags by metadata.
 */
export function readsContent(access: ContentAccess, viewer: Viewer, ref: ContentRef): boolean {
  return hasRole(viewer, Role.MODERATOR) && access.canRead(viewer, ITEM, ref);
}

/**
 * The open flags as a reviewer sees them. A reason is one of six fixed words and cannot quote
 * the content; a reader's free text can (they read the item and may copy the very personal
 * data they report), so it is shown only to reviewers who may read the item anyway.
 */
export function flagsForReviewer(
  flags: readonly ContentFlagEntity[],
  readable: boolean,
): { openFlags: ContentFlagType[]; flagReasonCounts: FlagReasonCountType[] } {
  const counts = new Map<ContentFlagEntity['reason'], number>();
  for (const flag of flags) counts.set(flag.reason, (counts.get(flag.reason) ?? 0) + 1);
  return {
    openFlags: flags.map((f) => ({
      reason: f.reason,
      text: readable ? f.text : null,
      createdAt: f.createdAt,
    })),
    flagReasonCounts: [...counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}
