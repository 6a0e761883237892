// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/**
 * Why one input field was refused: `extensions.fields[].reason` on BAD_USER_INPUT. A field
 * problem's `message` is English, for developers and logs; a client explains the problem to
 * people in their own language from the reason (and `limit`, where the reason has one).
 */
export enum FieldProblemReason {
  /** Empty, or missing where a value is needed. */
  REQUIRED = 'REQUIRED',
  /** Shorter than `limit` characters. */
  TOO_SHORT = 'TOO_SHORT',
  /** Longer than `limit` characters. */
  TOO_LONG = 'TOO_LONG',
  /** More than `limit` items. */
  TOO_MANY = 'TOO_MANY',
  /** Not written the way the field needs (an address, a key, a date, an id). */
  FORMAT = 'FORMAT',
  /** A number or date outside what the field accepts. */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A date before today where only today or later makes sense. */
  IN_PAST = 'IN_PAST',
  /** The same value twice where each must be unique, or a value already taken. */
  DUPLICATE = 'DUPLICATE',
  /** Names something that does not exist or that the caller cannot choose. */
  UNKNOWN = 'UNKNOWN',
  /** A field this input does not have, or a value this caller may not set. */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** Anything else: the message says what. */
  INVALID = 'INVALID',
}

registerEnumType(FieldProblemReason, {
  name: 'FieldProblemReason',
  description:
    'Why an input field was refused: `extensions.fields[].reason` on BAD_USER_INPUT (with `limit` for TOO_SHORT, TOO_LONG and TOO_MANY). Not returned by any field: it is in the schema so clients can type it and explain the problem in their own language.',
});
