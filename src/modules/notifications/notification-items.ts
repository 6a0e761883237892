// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { TransactionHost } from 'src/database/transaction-host';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { ContentRef } from 'src/modules/content/content-adapter';
import { ContentType } from 'src/modules/content/content-type.enum';
import { itemKey, NotificationAccess } from 'src/modules/notifications/notification-access';
import { showsModerationNote, type CurrentItem } from 'src/modules/notifications/notification-text';
import type { NotificationEntity } from 'src/modules/notifications/notification.entity';

/** A notification with its item as the reader may see it now (null: nothing of the item). */
export type RenderedNotification = NotificationEntity & { item: CurrentItem | null };

const TABLE: Partial<Record<ContentType, string>> = {
  CASE: 'case_study',
  QUESTION: 'question',
  ANSWER: 'answer',
};

/**
 * Looks up what a notification shows of its item when it is read: the current title (and, for
 * a rejection or requested changes, the current moderator's note), only for items the reader
 * may read now. Nothing of the item is stored with the notification.
 */
@Injectable()
export class NotificationItems {
  constructor(
    private readonly tx: TransactionHost,
    private readonly access: NotificationAccess,
  ) {}

  /** In-app: the item of each row the viewer may read now (every listed row is). */
  async render(
    viewer: Viewer,
    rows: readonly NotificationEntity[],
  ): Promise<RenderedNotification[]> {
    const items = await this.current(viewer, rows, () => true);
    return rows.map((row) =>
      Object.assign(row, { item: items.get(itemKey(row.contentType, row.contentId)) ?? null }),
    );
  }

  /**
   * E-mail: the item only while it is CLEAR or GREEN. AMBER, AMBER_STRICT and RED content never
   * leaves the platform, so their mails say what happened and link to it (null here).
   */
  async forEmail(viewer: Viewer, row: NotificationEntity): Promise<CurrentItem | null> {
    const items = await this.current(viewer, [row], (ref) => isCommunityLevel(ref.sharingLevel));
    return items.get(itemKey(row.contentType, row.contentId)) ?? null;
  }

  private async current(
    viewer: Viewer,
    rows: readonly NotificationEntity[],
    shown: (ref: ContentRef) => boolean,
  ): Promise<Map<string, CurrentItem>> {
    const [refs, notes] = await Promise.all([
      this.access.currentItems(viewer, rows),
      this.moderationNotes(rows.filter(showsModerationNote)),
    ]);
    const items = new Map<string, CurrentItem>();
    for (const [key, ref] of refs)
      if (shown(ref)) items.set(key, { title: ref.title, moderationNote: notes.get(key) ?? null });
    return items;
  }

  private async moderationNotes(rows: readonly NotificationEntity[]): Promise<Map<string, string>> {
    const notes = new Map<string, string>();
    const lookups = Object.values(ContentType).map(async (type) => {
      const ids = rows.filter((r) => r.contentType === type).map((r) => r.contentId);
      const table = TABLE[type];
      // Guidelines are not moderated: they carry no moderator's note.
      if (ids.length === 0 || !table) return;
      const found: { id: string; note: string | null }[] = await this.tx.manager.query(
        `SELECT id, moderation_note AS note FROM ${table} WHERE id = ANY($1::uuid[])`,
        [[...new Set(ids)]],
      );
      for (const { id, note } of found) if (note) notes.set(itemKey(type, id), note);
    });
    await Promise.all(lookups);
    return notes;
  }
}
