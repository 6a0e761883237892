// SPDX-License-Identifier: EUPL-1.2
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

/**
 * Whether a kind is e-mailed when the member has not chosen. In-app is always on. An identity
 * reveal and a ready data export are always e-mailed by their own mailers (attribution/,
 * data-export/), so their notifications are not.
 */
export const EMAIL_BY_DEFAULT: Record<NotificationKind, boolean> = {
  ANSWER_TO_MY_QUESTION: true,
  ANSWER_TO_FOLLOWED_QUESTION: true,
  MY_ANSWER_ACCEPTED: true,
  QUESTION_DIRECTED_TO_MY_ORGANISATION: true,
  MODERATION_DECISION: true,
  ITEM_IN_MODERATION_QUEUE: false,
  IDENTITY_REVEALED: false,
  DATA_EXPORT_READY: false,
  NEW_ITEM_IN_FOLLOWED_TOPIC: true,
  NEW_GUIDELINE_VERSION: true,
  // The mail names no title or content: only that an assessment is due, and its link.
  ASSESSMENT_REVIEW_DUE: true,
  DIGEST: true,
};

/** Kinds whose e-mail the notification mailer never sends (another mailer does). */
export const EMAILED_ELSEWHERE: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.IDENTITY_REVEALED,
  NotificationKind.DATA_EXPORT_READY,
]);
