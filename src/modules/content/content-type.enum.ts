// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/**
 * The kinds of content a notification can be about. Moderation, flags, reveals and search work
 * across the shared content only (`SHARED_CONTENT_TYPES`); a guideline is published by editors
 * and never moderated, flagged or searched as members' content is.
 */
export enum ContentType {
  CASE = 'CASE',
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
  GUIDELINE = 'GUIDELINE',
  /** A self-assessment (DOMAIN §15): only its review reminder; never moderated or searched. */
  ASSESSMENT = 'ASSESSMENT',
}

/** The members' content that moderation, flags, reveals and search work across. */
export type SharedContentType = Exclude<
  ContentType,
  ContentType.GUIDELINE | ContentType.ASSESSMENT
>;

export const SHARED_CONTENT_TYPES: readonly SharedContentType[] = [
  ContentType.CASE,
  ContentType.QUESTION,
  ContentType.ANSWER,
];

export function isSharedContentType(type: ContentType): type is SharedContentType {
  return type !== ContentType.GUIDELINE && type !== ContentType.ASSESSMENT;
}

registerEnumType(ContentType, { name: 'ContentType' });
