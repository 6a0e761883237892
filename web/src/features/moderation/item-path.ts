// SPDX-License-Identifier: EUPL-1.2
import type { ContentType } from '../../graphql/graphql';

const SEGMENT: Record<ContentType, string> = {
  CASE: 'case',
  QUESTION: 'question',
  ANSWER: 'answer',
  // Never in the moderation queue (editors publish guidelines); here so every type has a path.
  GUIDELINE: 'guideline',
  // Self-assessments are never moderated either (DOMAIN §15).
  ASSESSMENT: 'assessment',
  // Never moderated either: a member's own data export.
  DATA_EXPORT: 'data-export',
};

/** The item page's address: /moderation/<case|question|answer>/<id>. */
export function itemPath(type: ContentType, id: string): string {
  return `/moderation/${SEGMENT[type]}/${id}`;
}

/** The content type a path segment names, or null for anything else. */
export function contentTypeOf(segment: string | undefined): ContentType | null {
  const found = Object.entries(SEGMENT).find(([, value]) => value === segment);
  return found ? (found[0] as ContentType) : null;
}
