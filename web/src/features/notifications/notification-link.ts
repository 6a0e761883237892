// SPDX-License-Identifier: EUPL-1.2
import type { ContentType, NotificationKind } from '../../graphql/graphql';

/** The self-assessment review reminder (DOMAIN §15); its content is the assessment's id. */
const ASSESSMENT_REVIEW_DUE = 'ASSESSMENT_REVIEW_DUE';

/**
 * Where a notification leads. Only when the API gave a title: it leaves the title out when the
 * member may no longer read the item, and then there is nothing to open. Answers are reached
 * through their question, which the notification names instead, so they have no link. A
 * self-assessment's review reminder leads to the assessment (it reaches its readers only; one
 * who lost access meanwhile gets the not-found page, which tells nothing).
 */
export function notificationPath(item: {
  // A string too: the kind may be newer than this client's generated enum.
  kind?: NotificationKind | typeof ASSESSMENT_REVIEW_DUE;
  contentType: ContentType;
  contentId: string;
  title?: string | null;
}): string | null {
  if (item.kind === ASSESSMENT_REVIEW_DUE) return `/assessments/${item.contentId}`;
  if (!item.title) return null;
  if (item.contentType === 'CASE') return `/cases/${item.contentId}`;
  if (item.contentType === 'QUESTION') return `/questions/${item.contentId}`;
  if (item.contentType === 'GUIDELINE') return `/guidelines/${item.contentId}`;
  if (item.contentType === 'ASSESSMENT') return `/assessments/${item.contentId}`;
  return null;
}
