// SPDX-License-Identifier: EUPL-1.2
import type { FollowTargetType } from '../../graphql/graphql';

/**
 * The id the API stores for a target: country codes upper case, ids lower case. A follow
 * matches a target when both give the same key.
 */
export function followKey(targetType: FollowTargetType, targetId: string): string {
  return `${targetType}:${targetType === 'COUNTRY' ? targetId.toUpperCase() : targetId.toLowerCase()}`;
}

/** Where a followed case or question is read; topics and countries have no page of their own. */
export function followTargetPath(targetType: FollowTargetType, targetId: string): string | null {
  if (targetType === 'CASE') return `/cases/${targetId}`;
  if (targetType === 'QUESTION') return `/questions/${targetId}`;
  if (targetType === 'GUIDELINE') return `/guidelines/${targetId}`;
  return null;
}
