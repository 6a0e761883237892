// SPDX-License-Identifier: EUPL-1.2
import type { NoPayload } from 'src/modules/outbox/outbox-topics';

/**
 * Notification topics. `notification.email-requested` is written with the notification row
 * (same transaction), aggregate `notification:<id>`: the relay turns it into the e-mail job, so
 * a crash between the commit and the queue loses no mail.
 */
export const NotificationEvent = {
  EmailRequested: 'notification.email-requested',
} as const;

export interface NotificationEventPayloads {
  'notification.email-requested': NoPayload;
}
