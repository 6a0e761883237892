import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { Viewer } from 'src/graph/auth/viewer';
import { keysetPaginate, type KeysetPage } from 'src/graph/pagination/keyset';
import { TransactionHost } from 'src/database/transaction-host';
import type { ContentType } from 'src/modules/content/content-type.enum';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import {
  EMAIL_BY_DEFAULT,
  EMAILED_ELSEWHERE,
} from 'src/modules/notifications/notification-defaults';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { NotificationPreferenceEntity } from 'src/modules/notifications/notification-preference.entity';
import { NotificationEntity } from 'src/modules/notifications/notification.entity';
import { NotificationBus } from 'src/modules/notifications/notification-bus';

export const NOTIFICATION_EMAIL_JOB = 'notifications.email';

export interface NotificationDraft {
  kind: NotificationKind;
  /** The outbox event that caused it: with the member, unique. */
  eventKey: string;
  contentType: ContentType;
  contentId: string;
  /** Ids, the item's title, the decision… never an anonymous author. */
  payload: Record<string, unknown>;
}

/** In-app notifications, their e-mail and live delivery (DOMAIN §9). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly jobs: JobQueue,
    private readonly bus: NotificationBus,
  ) {}

  /**
   * Creates the notification for each member once: a retried job finds the rows there and
   * creates, mails and announces nothing twice. Returns the members newly notified.
   */
  async deliver(draft: NotificationDraft, memberIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(memberIds)];
    if (unique.length === 0) return [];
    const rows: { id: string; member_id: string }[] = await this.tx.manager.query(
      `INSERT INTO notification (member_id, kind, event_key, content_type, content_id, payload)
       SELECT m, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) m
       ON CONFLICT (event_key, member_id) DO NOTHING
       RETURNING id, member_id`,
      [unique, draft.kind, draft.eventKey, draft.contentType, draft.contentId, draft.payload],
    );
    const mailed = await this.emailRecipients(
      draft.kind,
      rows.map((r) => r.member_id),
    );
    // One round trip for all the e-mail jobs: a topic with many followers notifies many members.
    await this.jobs.queue(QueueName.Notifications).addBulk(
      rows
        .filter((row) => mailed.has(row.member_id))
        .map((row) => ({
          name: NOTIFICATION_EMAIL_JOB,
          data: { notificationId: row.id },
          opts: { jobId: `notification-email-${row.id}` },
        })),
    );
    for (const row of rows) await this.bus.publish(row.member_id, row.id);
    return rows.map((r) => r.member_id);
  }

  list(viewer: Viewer, page: KeysetPage) {
    const query = this.tx.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.member_id = :member', { member: viewer.memberId });
    return keysetPaginate(
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
  }

  findOwn(memberId: string, id: string): Promise<NotificationEntity | null> {
    return this.tx.manager.findOneBy(NotificationEntity, { id, memberId });
  }

  findById(id: string): Promise<NotificationEntity | null> {
    return this.tx.manager.findOneBy(NotificationEntity, { id });
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.tx.manager.countBy(NotificationEntity, {
      memberId: viewer.memberId,
      readAt: IsNull(),
    });
  }

  /** Marks these (or, without ids, all) of the viewer's notifications read; returns how many. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    const result = await this.tx.manager.update(
      NotificationEntity,
      {
        memberId: viewer.memberId,
        readAt: IsNull(),
        ...(ids ? { id: In([...ids]) } : {}),
      },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
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
