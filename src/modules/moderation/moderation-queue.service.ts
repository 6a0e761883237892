// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import { compareKeys, paginateInMemory } from 'src/graph/pagination/in-memory';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import type { ContentType } from 'src/modules/content/content-type.enum';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import {
  ModerationQueueReason,
  type ModerationItemType,
} from 'src/modules/moderation/dto/moderation.types';
import { readsContent } from 'src/modules/moderation/flag-review';
import { flagTarget, moderationItem } from 'src/modules/moderation/moderation-item';

interface QueueEntry {
  ref: ContentRef;
  reason: ModerationQueueReason;
  at: Date;
}

/**
 * The moderation queue: community submissions the reviewer may read, every item with open
 * flags at any sharing level, and every item its author edited after a review kept it hidden —
 * those the reviewer may not read as metadata only (flag-review.ts).
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly registry: ContentRegistry,
    private readonly access: ContentAccess,
    private readonly flags: ContentFlagsRepository,
  ) {}

  /** Small by nature (a few dozen at most): assembled in memory, paged by (time, type, id). */
  async queue(reviewer: Viewer, page: KeysetPage): Promise<ConnectionShape<ModerationItemType>> {
    const entries: QueueEntry[] = [];
    for (const adapter of this.registry.all()) {
      const pending = await adapter.pendingSubmissions();
      for (const ref of await adapter.findRefs(pending.map((p) => p.id))) {
        // Approving or rejecting needs the text, so only readers of it see submissions.
        if (!readsContent(this.access, reviewer, ref)) continue;
        const at = pending.find((p) => p.id === ref.id)!.submittedAt;
        entries.push({ ref, reason: ModerationQueueReason.SUBMITTED, at });
      }
    }
    const flagged = await this.flags.flaggedContent();
    for (const adapter of this.registry.all()) {
      const ofType = flagged.filter((f) => f.contentType === adapter.type);
      for (const ref of await adapter.findRefs(ofType.map((f) => f.contentId))) {
        if (entries.some((e) => e.ref.type === ref.type && e.ref.id === ref.id)) continue;
        const at = ofType.find((f) => f.contentId === ref.id)!.firstFlaggedAt;
        entries.push({ ref, reason: ModerationQueueReason.FLAGGED, at });
      }
    }
    // Edited by the author after a review kept them hidden: before the reviewers again.
    for (const adapter of this.registry.all()) {
      const requests = await adapter.awaitingReview();
      for (const ref of await adapter.findRefs(requests.map((r) => r.id))) {
        if (entries.some((e) => e.ref.type === ref.type && e.ref.id === ref.id)) continue;
        const at = requests.find((r) => r.id === ref.id)!.requestedAt;
        entries.push({ ref, reason: ModerationQueueReason.EDITED_AFTER_REVIEW, at });
      }
    }
    const key = (e: QueueEntry) => [e.at.toISOString(), e.ref.type, e.ref.id];
    entries.sort((a, b) => compareKeys(key(a), key(b)));
    const queuePage = paginateInMemory(entries, key, page, 3);
    const flags = await this.flags.openFlagsOf(queuePage.edges.map((e) => flagTarget(e.node.ref)));
    return {
      ...queuePage,
      edges: queuePage.edges.map(({ cursor, node }) => ({
        cursor,
        node: moderationItem(node.ref, readsContent(this.access, reviewer, node.ref), node, flags),
      })),
    };
  }

  /**
   * One item as the reviewer sees it in the queue, for a detail page that can be reloaded: what
   * the reviewer may read in moderation (flags or not), and flagged items they may not read as
   * metadata only. Anything else is null, the same as an id that does not exist.
   */
  async item(reviewer: Viewer, type: ContentType, id: string): Promise<ModerationItemType | null> {
    const adapter = this.registry.adapter(type);
    const ref = await adapter.findRef(id);
    if (!ref) return null;
    const readable = readsContent(this.access, reviewer, ref);
    const flags = await this.flags.openFlagsOf([flagTarget(ref)]);
    if (!readable && flags.length === 0) return null;
    const pending = readable
      ? (await adapter.pendingSubmissions()).find((p) => p.id === ref.id)
      : undefined;
    const firstFlag = flags.reduce<Date | null>(
      (first, f) => (first && first <= f.createdAt ? first : f.createdAt),
      null,
    );
    const queue = pending
      ? { reason: ModerationQueueReason.SUBMITTED, at: pending.submittedAt }
      : firstFlag
        ? { reason: ModerationQueueReason.FLAGGED, at: firstFlag }
        : null;
    return moderationItem(ref, readable, queue, flags);
  }
}
