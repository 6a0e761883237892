// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** Every in-app notification of DOMAIN §9. */
export enum NotificationKind {
  ANSWER_TO_MY_QUESTION = 'ANSWER_TO_MY_QUESTION',
  ANSWER_TO_FOLLOWED_QUESTION = 'ANSWER_TO_FOLLOWED_QUESTION',
  MY_ANSWER_ACCEPTED = 'MY_ANSWER_ACCEPTED',
  QUESTION_DIRECTED_TO_MY_ORGANISATION = 'QUESTION_DIRECTED_TO_MY_ORGANISATION',
  MODERATION_DECISION = 'MODERATION_DECISION',
  ITEM_IN_MODERATION_QUEUE = 'ITEM_IN_MODERATION_QUEUE',
  IDENTITY_REVEALED = 'IDENTITY_REVEALED',
  /** The member's own data export is ready on their privacy page (issue 13; also mailed). */
  DATA_EXPORT_READY = 'DATA_EXPORT_READY',
  NEW_ITEM_IN_FOLLOWED_TOPIC = 'NEW_ITEM_IN_FOLLOWED_TOPIC',
  /** A followed guideline has a new published version (DOMAIN §13). */
  NEW_GUIDELINE_VERSION = 'NEW_GUIDELINE_VERSION',
  /** An assessment's review date is 14 days away, or has come (DOMAIN §15); readers only. */
  ASSESSMENT_REVIEW_DUE = 'ASSESSMENT_REVIEW_DUE',
  /** Preferences only: the daily and weekly digests (e-mail). */
  DIGEST = 'DIGEST',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
