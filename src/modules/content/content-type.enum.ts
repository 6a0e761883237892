// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/**
 * The kinds of content a notification can be about. Moderation, flags, reveals and search work
 * across the shared content only (`SHARED_CONTENT_TYPES`); a guideline is published by editors
 * and never moderated, flagged or searched as members' content is, a self-assessment is private to its readers (only its review reminder), and a data export is a
 * member's own archive that only they hear of.
 */
export enum ContentType {
  CASE = 'CASE',
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
  GUIDELINE = 'GUIDELINE',
  /** A self-assessment (DOMAIN §15): only its review reminder; never moderated or searched. */
  ASSESSMENT = 'ASSESSMENT',
  /** A member's own data export: only its member is ever notified of it. */
  DATA_EXPORT = 'DATA_EXPORT',
}

/** The members' content that moderation, flags, reveals and search work across. */
export type SharedContentType = Exclude<
  ContentType,
  ContentType.GUIDELINE | ContentType.ASSESSMENT | ContentType.DATA_EXPORT
>;

export const SHARED_CONTENT_TYPES: readonly SharedContentType[] = [
  ContentType.CASE,
  ContentType.QUESTION,
  ContentType.ANSWER,
];

export function isSharedContentType(type: ContentType): type is SharedContentType {
  return (SHARED_CONTENT_TYPES as readonly ContentType[]).includes(type);
}

registerEnumType(ContentType, { name: 'ContentType' });
