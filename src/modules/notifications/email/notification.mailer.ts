// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { Metrics } from 'src/modules/metrics/metrics';

import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { EmailDeliveryRepository } from 'src/modules/notifications/email/email-delivery.repository';
import { renderNotificationMail } from 'src/modules/notifications/email/notification-mail.template';
import { UnsubscribeTokens } from 'src/modules/notifications/email/unsubscribe-token';
import { viewerOf } from 'src/modules/members/member-viewer';
import { NotificationAccess } from 'src/modules/notifications/notification-access';
import { NotificationEvent } from 'src/modules/notifications/notification-events';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';
import { NotificationItems } from 'src/modules/notifications/notification-items';
import {
  NOTIFICATION_EMAIL_JOB,
  NotificationsService,
} from 'src/modules/notifications/notifications.service';
import { isUuid } from 'src/common/uuid';

/** Which notification to mail (the outbox event's aggregate). */
export interface NotificationEmailJob {
  notificationId: string;
}

export type NotificationMailSkip =
  'NOTIFICATION_GONE' | 'MEMBER_INACTIVE' | 'EMAIL_OFF' | 'NOT_READABLE' | 'ALREADY_SENT';

export type NotificationMailResult =
  { sent: true } | { sent: false; skipped: NotificationMailSkip };

/**
 * E-mails one in-app notification to its member (DOMAIN §9). Everything is decided again when
 * the job runs, since minutes (or retries) may have passed: the member must still be active,
 * still want this kind by e-mail and still be allowed to read the item (a narrowed sharing level
 * takes effect at once). Only a CLEAR or GREEN item's title and note go into the mail; for
 * AMBER, AMBER_STRICT and RED the mail says what happened and links to it. The `email_delivery` row for (`notification:<eventKey>`, member) makes
 * a retried or repeated job send nothing twice; a failed send throws, and BullMQ retries it with
 * the queues' default backoff.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
    private readonly access: NotificationAccess,
    private readonly items: NotificationItems,
    private readonly deliveries: EmailDeliveryRepository,
    private readonly tokens: UnsubscribeTokens,
    private readonly mail: MailTransport,
    private readonly metrics: Metrics,
  ) {}

  /** The relay's job for `notification.email-requested`, written with the notification row. */
  @OnJob({
    queue: QueueName.Notifications,
    name: NOTIFICATION_EMAIL_JOB,
    events: [NotificationEvent.EmailRequested],
    concurrency: 8,
  })
  onEmailRequested(
    event: OutboxEventJob<typeof NotificationEvent.EmailRequested>,
  ): Promise<NotificationMailResult> {
    return this.send({ notificationId: event.aggregate.id });
  }

  async send(job: NotificationEmailJob): Promise<NotificationMailResult> {
    const id = job.notificationId;
    const notification =
      typeof id === 'string' && isUuid(id) ? await this.notifications.findById(id) : null;
    if (!notification) return skip('NOTIFICATION_GONE');
    const [member] = await this.members.findByIds([notification.memberId]);
    if (!member || member.status !== MemberStatus.ACTIVE) return skip('MEMBER_INACTIVE');
    if (!(await this.notifications.wantsEmail(member.id, notification.kind)))
      return skip('EMAIL_OFF');
    // The same read-time rule as the in-app list: nothing about an item the member may no
    // longer read (hidden, narrowed, withdrawn since the notification was made).
    const viewer = viewerOf(member, 'notification');
    if (!(await this.access.findReadable(viewer, notification.id))) return skip('NOT_READABLE');
    const item = await this.items.forEmail(viewer, notification);

    // A row with sent_at set: this mail went out. Without: new, or an attempt that failed
    // before SMTP accepted it, so sending again is right. (A crash between the SMTP server's
    // acceptance and markSent sends it twice: a duplicate rather than a lost mail.)
    const delivery = await this.deliveries.claim(
      `notification:${notification.eventKey}`,
      member.id,
    );
    if (delivery.sentAt) return skip('ALREADY_SENT');
    await this.mail.send(
      renderNotificationMail({
        to: member.email,
        locale: member.locale,
        notification,
        item,
        publicUrl: this.config.publicUrl,
        unsubscribeToken: await this.tokens.sign(member.id, notification.kind),
      }),
    );
    await this.deliveries.markSent(delivery.id);
    this.metrics.emailsSent.inc({ kind: 'notification' });
    return { sent: true };
  }
}

const skip = (skipped: NotificationMailSkip): NotificationMailResult => ({ sent: false, skipped });
