// SPDX-License-Identifier: EUPL-1.2
import type { ContentType } from '../../graphql/graphql';

/**
 * Where a notification leads. Only when the API gave a title: it leaves the title out when the
 * member may no longer read the item, and then there is nothing to open. Answers are reached
 * through their question, which the notification names instead, so they have no link.
 */
export function notificationPath(item: {
  contentType: ContentType;
  contentId: string;
  title?: string | null;
}): string | null {
  if (!item.title) return null;
  if (item.contentType === 'CASE') return `/cases/${item.contentId}`;
  if (item.contentType === 'QUESTION') return `/questions/${item.contentId}`;
  if (item.contentType === 'GUIDELINE') return `/guidelines/${item.contentId}`;
  if (item.contentType === 'ASSESSMENT') return `/assessments/${item.contentId}`;
  return null;
}
