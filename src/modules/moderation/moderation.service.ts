import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { compareKeys, paginateInMemory } from 'src/graph/pagination/in-memory';
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import { TransactionHost } from 'src/database/transaction-host';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ContentRegistry } from 'src/modules/content/content-registry';
import type { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import type { ContentFlagEntity } from 'src/modules/moderation/content-flag.entity';
import { ContentFlagsRepository } from 'src/modules/moderation/content-flags.repository';
import type {
  FlagContentInput,
  ModerateInput,
  RedactRevisionInput,
} from 'src/modules/moderation/dto/moderation.inputs';
import {
  ModerationQueueReason,
  type ModerationItemType,
} from 'src/modules/moderation/dto/moderation.types';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/** One PERSONAL_DATA flag, or this many readers flagging, hides an item pending review (§8). */
export const DISTINCT_FLAGS_TO_HIDE = 3;

export const ContentEvent = {
  Flagged: 'content.flagged',
  Moderated: 'content.moderated',
} as const;

/** Decisions that settle what readers reported, so their flags leave the queue. */
const SETTLES_FLAGS = new Set([
  ModerationAction.HIDE,
  ModerationAction.RESTORE,
  ModerationAction.ARCHIVE,
  ModerationAction.REJECT,
  ModerationAction.CLOSE,
]);

/**
 * Moderation over every content type (DOMAIN §8), through the content adapters. Moderators act
 * only on what the access policy lets them read, so AMBER and RED content stays with its audience.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly registry: ContentRegistry,
    private readonly policy: AccessPolicy,
    private readonly flags: ContentFlagsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async moderate(moderator: Viewer, input: ModerateInput): Promise<ModerationItemType> {
    return this.tx.run(async () => {
      const adapter = this.registry.adapter(input.contentType);
      const ref = await this.readableRef(moderator, input.contentType, input.contentId);
      await adapter.moderate(ref, input, moderator);
      if (SETTLES_FLAGS.has(input.action))
        await this.flags.resolveOpen(input.contentType, input.contentId);
      await this.audit.record({
        actorId: moderator.memberId,
        action: AuditAction.ContentModerated,
        target: { type: input.contentType, id: input.contentId },
        reason: input.reason,
        details: { decision: input.action },
      });
      await this.outbox.publish({
        topic: ContentEvent.Moderated,
        aggregate: { type: input.contentType, id: input.contentId },
        payload: {
          contentType: input.contentType,
          contentId: input.contentId,
          action: input.action,
        },
      });
      const updated = (await adapter.findRef(input.contentId))!;
      return this.toItem(updated, null, null, await this.flags.openFlagsOf([target(updated)]));
    });
  }

  /**
   * Any reader may report what they read. The flag rule then hides the item at once; the
   * reporter is never shown to the author or other readers.
   */
  async flag(viewer: Viewer, input: FlagContentInput): Promise<{ contentHidden: boolean }> {
    return this.tx.run(async () => {
      const adapter = this.registry.adapter(input.contentType);
      const ref = await adapter.findRef(input.contentId, { lock: true });
      if (!ref || !this.policy.canRead(viewer, ref)) throw Errors.notFound('Content');
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
      await this.outbox.publish({
        topic: ContentEvent.Flagged,
        aggregate: { type: input.contentType, id: input.contentId },
        payload: {
          contentType: input.contentType,
          contentId: input.contentId,
          reason: input.reason,
        },
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
        target: { type: input.contentType, id: input.contentId },
        details: { openFlags: open.length, readers: readers.size },
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
      return this.toItem(ref, null, null, await this.flags.openFlagsOf([target(ref)]));
    });
  }

  /**
   * Submissions waiting for a first decision and items with open flags, oldest first. Small by
   * nature (a few dozen at most), so it is assembled in memory and paged by (time, type, id).
   */
  async queue(moderator: Viewer, page: KeysetPage): Promise<ConnectionShape<ModerationItemType>> {
    const entries: { ref: ContentRef; reason: ModerationQueueReason; at: Date }[] = [];
    for (const adapter of this.registry.all()) {
      const pending = await adapter.pendingSubmissions();
      for (const ref of await adapter.findRefs(pending.map((p) => p.id))) {
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
    const key = (e: (typeof entries)[number]) => [e.at.toISOString(), e.ref.type, e.ref.id];
    const visible = entries
      .filter((e) => this.policy.canRead(moderator, e.ref))
      .sort((a, b) => compareKeys(key(a), key(b)));
    const queuePage = paginateInMemory(visible, key, page, 3);
    const flags = await this.flags.openFlagsOf(queuePage.edges.map((e) => target(e.node.ref)));
    return {
      ...queuePage,
      edges: queuePage.edges.map((e) => ({
        cursor: e.cursor,
        node: this.toItem(e.node.ref, e.node.reason, e.node.at, flags),
      })),
    };
  }

  private async readableRef(moderator: Viewer, type: ContentType, id: string): Promise<ContentRef> {
    const ref = await this.registry.adapter(type).findRef(id, { lock: true });
    if (!ref || !this.policy.canRead(moderator, ref)) throw Errors.notFound('Content');
    return ref;
  }

  private toItem(
    ref: ContentRef,
    reason: ModerationQueueReason | null,
    at: Date | null,
    flags: ContentFlagEntity[],
  ): ModerationItemType {
    const open = flags.filter((f) => f.contentType === ref.type && f.contentId === ref.id);
    return {
      contentType: ref.type,
      contentId: ref.id,
      queueReason: reason,
      queuedAt: at,
      title: ref.title,
      sharingLevel: ref.sharingLevel,
      hidden: ref.hidden,
      openFlagCount: open.length,
      openFlags: open.map((f) => ({ reason: f.reason, text: f.text, createdAt: f.createdAt })),
    };
  }
}

function target(ref: ContentRef) {
  return { contentType: ref.type, contentId: ref.id };
}
