// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Viewer } from 'src/graph/auth/viewer';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';
import { eraseValuesIn } from 'src/common/erasure';
import { TransactionHost } from 'src/database/transaction-host';
import type { ContentType } from 'src/modules/content/content-type.enum';
import {
  EMAIL_BY_DEFAULT,
  EMAILED_ELSEWHERE,
} from 'src/modules/notifications/notification-defaults';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { NotificationPreferenceEntity } from 'src/modules/notifications/notification-preference.entity';
import { NotificationEntity } from 'src/modules/notifications/notification.entity';
import { EmailDeliveryEntity } from 'src/modules/notifications/email-delivery.entity';
import { NotificationBus } from 'src/modules/notifications/notification-bus';
import { NotificationAccess } from 'src/modules/notifications/notification-access';
import { NotificationEvent } from 'src/modules/notifications/notification-events';
import { OutboxService } from 'src/modules/outbox/outbox.service';
import {
  NotificationItems,
  type RenderedNotification,
} from 'src/modules/notifications/notification-items';
import { Metrics } from 'src/modules/metrics/metrics';

export const NOTIFICATION_EMAIL_JOB = 'notifications.email';

export interface NotificationDraft {
  kind: NotificationKind;
  /** The outbox event that caused it: with the member, unique. */
  eventKey: string;
  contentType: ContentType;
  contentId: string;
  /**
   * Ids and the decision, never the item's content (its title is read from the item when the
   * notification is read) and never an anonymous author.
   */
  payload: Record<string, unknown>;
}

/** Notifications written by `insert`, to be announced once their transaction has committed. */
export interface InsertedNotifications {
  kind: NotificationKind;
  /** Created by this call: counted, mailed and announced. */
  rows: { id: string; member_id: string }[];
  /**
   * Already there from an earlier attempt of the same event (a job retried after its worker
   * died between the commit and the announcement): announced again, never mailed or counted twice.
   */
  earlier?: { id: string; member_id: string }[];
}

/** In-app notifications, their e-mail and live delivery (DOMAIN §9). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly outbox: OutboxService,
    private readonly bus: NotificationBus,
    private readonly access: NotificationAccess,
    private readonly items: NotificationItems,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Creates the notification for each member once (with its e-mail in the outbox) and announces
   * it: a retried job finds the rows there and creates and mails nothing twice, but announces
   * them again, as the attempt that wrote them may have died before it announced. Returns the
   * members newly notified.
   */
  async deliver(draft: NotificationDraft, memberIds: readonly string[]): Promise<string[]> {
    const inserted = await this.tx.run(() => this.insert(draft, memberIds));
    await this.announce([inserted]);
    return inserted.rows.map((r) => r.member_id);
  }

  /**
   * Writes the rows in the caller's transaction (the router's, which has locked and re-read the
   * item), and with them an outbox event per member who wants this kind by e-mail: the relay
   * queues the mail only once the rows have committed, and a crash after the commit loses none.
   * Nothing is announced live until `announce` is called after the commit.
   */
  async insert(
    draft: NotificationDraft,
    memberIds: readonly string[],
  ): Promise<InsertedNotifications> {
    const unique = [...new Set(memberIds)];
    if (unique.length === 0) return { kind: draft.kind, rows: [] };
    const rows: { id: string; member_id: string }[] = await this.tx.manager.query(
      `INSERT INTO notification (member_id, kind, event_key, content_type, content_id, payload)
       SELECT m, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) m
       ON CONFLICT (event_key, member_id) DO NOTHING
       RETURNING id, member_id`,
      [unique, draft.kind, draft.eventKey, draft.contentType, draft.contentId, draft.payload],
    );
    const earlier = rows.length < unique.length ? await this.earlier(draft, unique, rows) : [];
    const mailed = await this.emailRecipients(
      draft.kind,
      rows.map((r) => r.member_id),
    );
    await this.outbox.publishMany(
      rows
        .filter((row) => mailed.has(row.member_id))
        .map((row) => ({
          topic: NotificationEvent.EmailRequested,
          aggregate: { type: 'notification', id: row.id },
        })),
    );
    return { kind: draft.kind, rows, earlier };
  }

  /**
   * The rows an earlier attempt of this event wrote for these members. Only a retry gets here,
   * so the ordinary path pays no extra statement.
   */
  private async earlier(
    draft: NotificationDraft,
    members: readonly string[],
    inserted: readonly { member_id: string }[],
  ): Promise<{ id: string; member_id: string }[]> {
    const fresh = new Set(inserted.map((row) => row.member_id));
    const rows: { id: string; member_id: string }[] = await this.tx.manager.query(
      `SELECT id, member_id FROM notification WHERE event_key = $1 AND member_id = ANY($2::uuid[])`,
      [draft.eventKey, members.filter((member) => !fresh.has(member))],
    );
    return rows;
  }

  /**
   * Announces committed notifications live: at least once, as a retry announces again what an
   * earlier attempt wrote (the bell only refetches its count, so a repeat changes nothing). The
   * push checks again, when it runs, that the member may still read the item; the e-mail went
   * into the outbox with the rows (`insert`).
   */
  async announce(batches: readonly InsertedNotifications[]): Promise<void> {
    for (const { kind, rows, earlier = [] } of batches) {
      // Counted here, after the commit: a rolled-back insert is retried and must not count twice.
      if (rows.length > 0) this.metrics.notificationsCreated.inc({ kind }, rows.length);
      for (const row of [...rows, ...earlier]) await this.bus.publish(row.member_id, row.id);
    }
  }

  /**
   * The viewer's notifications about items they may read now, newest first, each with its item
   * as it stands now. The access filter is part of the query, so pages and cursors stay exact.
   */
  async list(viewer: Viewer, page: KeysetPage) {
    const readable = this.access.readableSql(viewer);
    const query = this.tx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.member_id = :member', { member: viewer.memberId })
      .andWhere(readable.sql, readable.params);
    const connection = await keysetPaginate(
      query,
      [
        {
          expression: 'n.created_at',
          cast: 'timestamptz',
          value: (row) => row.createdAt.toISOString(),
        },
        { expression: 'n.id', cast: 'uuid', value: (row) => row.id },
      ],
      page,
    );
    await this.items.render(
      viewer,
      connection.edges.map((e) => e.node),
    );
    return connection;
  }

  /** The viewer's own notification if they may read its item now, rendered (live push). */
  async findReadable(viewer: Viewer, id: string): Promise<RenderedNotification | null> {
    const row = await this.access.findReadable(viewer, id);
    return row ? ((await this.items.render(viewer, [row]))[0] ?? null) : null;
  }

  /**
   * Deletes up to `limit` of the oldest notifications created before `cutoff` (the nightly
   * retention purge, one batch per call so each statement commits on its own); returns how many.
   */
  async purgeBatch(cutoff: Date, limit: number): Promise<number> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .delete()
      .from(NotificationEntity)
      .where(
        'id IN (SELECT id FROM notification WHERE created_at < :cutoff ORDER BY created_at LIMIT :limit)',
        { cutoff, limit },
      )
      .execute();
    return result.affected ?? 0;
  }

  findById(id: string): Promise<NotificationEntity | null> {
    return this.tx.manager.findOneBy(NotificationEntity, { id });
  }

  /** Counts only what `list` shows: unread notifications about items readable now. */
  unreadCount(viewer: Viewer): Promise<number> {
    const readable = this.access.readableSql(viewer);
    return this.tx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.member_id = :member AND n.read_at IS NULL', { member: viewer.memberId })
      .andWhere(readable.sql, readable.params)
      .getCount();
  }

  /**
   * Marks these (or, without ids, all) of the viewer's listed notifications read; returns how
   * many. Hidden ones are left alone, so the number reveals nothing `list` does not show.
   */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    const readable = this.access.readableSql(viewer);
    const listed = this.tx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .select('n.id')
      .where('n.member_id = :member AND n.read_at IS NULL', { member: viewer.memberId })
      .andWhere(readable.sql, readable.params);
    if (ids) listed.andWhere('n.id IN (:...ids)', { ids: ids.length ? [...ids] : [null] });
    const query = this.tx.manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where(`id IN (${listed.getQuery()})`)
      .setParameters(listed.getParameters());
    return (await query.execute()).affected ?? 0;
  }

  /**
   * Forgets a deleted member's notifications, preferences and delivery records, and erases their
   * address and name from other members' notification payloads, inside the caller's transaction.
   */
  async forgetMember(memberId: string, values: readonly string[]): Promise<void> {
    const manager = this.tx.requireTransaction('NotificationsService.forgetMember');
    await manager.delete(NotificationEntity, { memberId });
    await manager.delete(NotificationPreferenceEntity, { memberId });
    await manager.delete(EmailDeliveryEntity, { memberId });
    await eraseValuesIn(manager, 'notification', [{ name: 'payload', type: 'jsonb' }], values);
  }

  async preferences(viewer: Viewer): Promise<{ kind: NotificationKind; email: boolean }[]> {
    const chosen = await this.tx.manager.findBy(NotificationPreferenceEntity, {
      memberId: viewer.memberId,
    });
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      email: chosen.find((p) => p.kind === kind)?.email ?? EMAIL_BY_DEFAULT[kind],
    }));
  }

  async setPreference(memberId: string, kind: NotificationKind, email: boolean): Promise<void> {
    await this.tx.manager.upsert(NotificationPreferenceEntity, { memberId, kind, email }, [
      'memberId',
      'kind',
    ]);
  }

  /** Whether a member wants this kind by e-mail. */
  async wantsEmail(memberId: string, kind: NotificationKind): Promise<boolean> {
    return (await this.emailRecipients(kind, [memberId])).has(memberId);
  }

  /** Of these members, the ones who want this kind by e-mail: one query for any number. */
  async emailRecipients(
    kind: NotificationKind,
    memberIds: readonly string[],
  ): Promise<Set<string>> {
    if (memberIds.length === 0 || EMAILED_ELSEWHERE.has(kind)) return new Set();
    const chosen = await this.tx.manager.findBy(NotificationPreferenceEntity, {
      memberId: In([...memberIds]),
      kind,
    });
    const choice = new Map(chosen.map((p) => [p.memberId, p.email]));
    return new Set(memberIds.filter((id) => choice.get(id) ?? EMAIL_BY_DEFAULT[kind]));
  }
}
