// SPDX-License-Identifier: EUPL-1.2
import type { ContentRef } from 'src/modules/content/content-adapter';
import type { ContentFlagEntity } from 'src/modules/moderation/content-flag.entity';
import type {
  ModerationItemType,
  ModerationQueueReason,
} from 'src/modules/moderation/dto/moderation.types';
import { flagsForReviewer } from 'src/modules/moderation/flag-review';

/**
 * An item as a reviewer sees it. `readable` false gives metadata only: type, id, level, status,
 * hidden since, flag reasons and counts — no title, text, author, organisation or flag text.
 */
export function moderationItem(
  ref: ContentRef,
  readable: boolean,
  queue: { reason: ModerationQueueReason; at: Date } | null,
  flags: readonly ContentFlagEntity[],
): ModerationItemType {
  const open = flags.filter((f) => f.contentType === ref.type && f.contentId === ref.id);
  return {
    contentType: ref.type,
    contentId: ref.id,
    queueReason: queue?.reason ?? null,
    queuedAt: queue?.at ?? null,
    contentReadable: readable,
    title: readable ? ref.title : null,
    sharingLevel: ref.sharingLevel,
    status: ref.status,
    hidden: ref.hidden,
    hiddenAt: ref.hiddenAt,
    openFlagCount: open.length,
    ...flagsForReviewer(open, readable),
  };
}

export function flagTarget(ref: ContentRef) {
  return { contentType: ref.type, contentId: ref.id };
}
