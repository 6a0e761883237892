// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { ITEM } from 'src/modules/access-policy/content-kinds';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { ContentAdapter, ContentRef } from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import type { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import type {
  FlagContentInput,
  ModerateInput,
  RedactRevisionInput,
} from 'src/modules/moderation/dto/moderation.inputs';
import type { ModerationItemType } from 'src/modules/moderation/dto/moderation.types';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';
import { DECISIONS_WITHOUT_READING, readsContent } from 'src/modules/moderation/flag-review';
import { flagTarget, moderationItem } from 'src/modules/moderation/moderation-item';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/** One PERSONAL_DATA flag, or this many readers flagging, hides an item pending review (§8). */
export const DISTINCT_FLAGS_TO_HIDE = 3;

export const ContentEvent = {
  Flagged: 'content.flagged',
  Moderated: 'content.moderated',
  /** The flag rule hid an item; its author is told. */
  HiddenByFlags: 'content.hidden-by-flags',
  /** A reviewer dismissed the flags of a visible item; nothing changed for its readers. */
  FlagsDismissed: 'content.flags-dismissed',
  /** A reviewer read a flagged item they may not otherwise read; its author is told. */
  Inspected: 'content.inspected',
} as const;

/** Payloads of moderation's own topics; never the flagger or the author. */
export interface ContentEventPayloads {
  'content.flagged': { contentType: ContentType; contentId: string; reason: FlagReason };
  'content.moderated': { contentType: ContentType; contentId: string; action: ModerationAction };
  'content.flags-dismissed': {
    contentType: ContentType;
    contentId: string;
    action: ModerationAction;
  };
  'content.hidden-by-flags': {
    contentType: ContentType;
    contentId: string;
    action: 'HIDDEN_BY_FLAGS';
  };
  'content.inspected': { contentType: ContentType; contentId: string; action: 'INSPECTED' };
}

/** Decisions that settle what readers reported, so their flags leave the queue. */
const SETTLES_FLAGS = new Set([
  ModerationAction.HIDE,
  ModerationAction.RESTORE,
  ModerationAction.ARCHIVE,
  ModerationAction.REJECT,
  ModerationAction.CLOSE,
]);

/**
 * Moderation over every content type (DOMAIN §8), through the content adapters. Moderators
 * decide anything on what the access policy lets them read; on flagged items they may not read
 * (AMBER, AMBER_STRICT, RED; every item for admins) reviewers RESTORE or HIDE from the metadata
 * alone (flag-review.ts), so no flagged item is stuck where nobody may act on it.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly registry: ContentRegistry,
    private readonly access: ContentAccess,
    private readonly flags: ContentFlagsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async moderate(reviewer: Viewer, input: ModerateInput): Promise<ModerationItemType> {
    return this.tx.run(async () => {
      const adapter = this.registry.adapter(input.contentType);
      const ref = await adapter.findRef(input.contentId, { lock: true });
      if (!ref) throw Errors.notFound('Content');
      const open = await this.flags.openFlags(input.contentType, input.contentId);
      // Open flags, or an author's edit of an item a review kept hidden: before the reviewers.
      const underReview = open.length > 0 || ref.reviewRequestedAt !== null;
      const readable = readsContent(this.access, reviewer, ref);
      if (!readable) {
        // Unreadable and not under review: nothing for this reviewer; existence does not leak.
        if (!underReview) throw Errors.notFound('Content');
        if (!DECISIONS_WITHOUT_READING.has(input.action))
          throw Errors.forbidden(
            'A flagged item you may not read takes only RESTORE or HIDE; inspectFlaggedContent reads it (audited)',
          );
      }
      const outcome = await this.decide(adapter, ref, input, reviewer, underReview);
      if (SETTLES_FLAGS.has(input.action)) {
        await this.flags.resolveOpen(input.contentType, input.contentId);
        await adapter.settleReviewRequest(ref);
      }
      await this.audit.record({
        actorId: reviewer.memberId,
        action: AuditAction.ContentModerated,
        target: { type: input.contentType, id: input.contentId },
        reason: input.reason,
        details: { decision: input.action, ...(outcome === 'applied' ? {} : { outcome }) },
      });
      await this.outbox.publish({
        topic: outcome === 'flags-dismissed' ? ContentEvent.FlagsDismissed : ContentEvent.Moderated,
        aggregate: { type: input.contentType, id: input.contentId },
        payload: {
          contentType: input.contentType,
          contentId: input.contentId,
          action: input.action,
        },
      });
      const updated = (await adapter.findRef(input.contentId))!;
      const flags = await this.flags.openFlagsOf([flagTarget(updated)]);
      return moderationItem(updated, readsContent(this.access, reviewer, updated), null, flags);
    });
  }

  /**
   * Any reader may report what they read. The flag rule then hides the item at once and its
   * author is told; the reporter is never shown to the author or other readers.
   */
  async flag(viewer: Viewer, input: FlagContentInput): Promise<{ contentHidden: boolean }> {
    return this.tx.run(async () => {
      const adapter = this.registry.adapter(input.contentType);
      const ref = this.access.requireReadable(
        viewer,
        ITEM,
        await adapter.findRef(input.contentId, { lock: true }),
      );
      const inserted = await this.flags.insertIfNew({
        contentType: input.contentType,
        contentId: input.contentId,
        flaggerId: viewer.memberId,
        reason: input.reason,
        text: input.text ?? null,
      });
      if (!inserted) throw Errors.conflict('You have already flagged this item');
      await this.audit.record({
        actorId: viewer.memberId,
        action: AuditAction.ContentFlagged,
        target: { type: input.contentType, id: input.contentId },
        details: { reason: input.reason },
      });
      const event = { type: input.contentType, id: input.contentId };
      const payload = { contentType: input.contentType, contentId: input.contentId };
      await this.outbox.publish({
        topic: ContentEvent.Flagged,
        aggregate: event,
        payload: { ...payload, reason: input.reason },
      });
      const open = await this.flags.openFlags(input.contentType, input.contentId);
      const readers = new Set(open.map((f) => f.flaggerId));
      const ruleMet =
        open.some((f) => f.reason === FlagReason.PERSONAL_DATA) ||
        readers.size >= DISTINCT_FLAGS_TO_HIDE;
      if (!ruleMet || !(await adapter.hideForReview(ref))) return { contentHidden: false };
      await this.audit.record({
        actorId: null,
        action: AuditAction.ContentHiddenByFlags,
        target: event,
        details: { openFlags: open.length, readers: readers.size },
      });
      await this.outbox.publish({
        topic: ContentEvent.HiddenByFlags,
        aggregate: event,
        payload: { ...payload, action: 'HIDDEN_BY_FLAGS' },
      });
      return { contentHidden: true };
    });
  }

  async redactRevision(moderator: Viewer, input: RedactRevisionInput): Promise<ModerationItemType> {
    return this.tx.run(async () => {
      const ref = await this.readableRef(moderator, input.contentType, input.contentId);
      await this.registry
        .adapter(input.contentType)
        .redactRevision(ref, input.revisionId, input.reason);
      await this.audit.record({
        actorId: moderator.memberId,
        action: AuditAction.RevisionRedacted,
        target: { type: input.contentType, id: input.contentId },
        reason: input.reason,
        details: { revisionId: input.revisionId },
      });
      return moderationItem(ref, true, null, await this.flags.openFlagsOf([flagTarget(ref)]));
    });
  }

  /**
   * Applies a decision. Two reviews of flags need no state change of the item, so they do not
   * go through the adapter (which would refuse them): HIDE on an item that is already hidden
   * keeps it hidden, and RESTORE on a flagged item that is still visible dismisses the flags.
   */
  private async decide(
    adapter: ContentAdapter,
    ref: ContentRef,
    input: ModerateInput,
    reviewer: Viewer,
    underReview: boolean,
  ): Promise<'applied' | 'kept-hidden' | 'flags-dismissed'> {
    if (underReview && input.action === ModerationAction.HIDE && ref.hidden) return 'kept-hidden';
    if (underReview && input.action === ModerationAction.RESTORE && !ref.hidden)
      return 'flags-dismissed';
    await adapter.moderate(ref, input, reviewer);
    return 'applied';
  }

  private async readableRef(moderator: Viewer, type: ContentType, id: string): Promise<ContentRef> {
    const ref = await this.registry.adapter(type).findRef(id, { lock: true });
    if (!ref || !readsContent(this.access, moderator, ref)) throw Errors.notFound('Content');
    return ref;
  }
}
