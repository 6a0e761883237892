// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** The kinds of shared content that moderation, flags, reveals and search work across. */
export enum ContentType {
  CASE = 'CASE',
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
}

registerEnumType(ContentType, { name: 'ContentType' });
