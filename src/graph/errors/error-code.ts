// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** The stable error codes of DOMAIN §12; clients branch on `extensions.code`, never on text. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INVALID_STATE = 'INVALID_STATE',
  PII_UNRESOLVED = 'PII_UNRESOLVED',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The member's roles or organisation require a second factor and they have none yet. */
  MFA_REQUIRED = 'MFA_REQUIRED',
  /** The account has a second factor: sign in with `signIn` and `completeSignIn`. */
  MFA_CHALLENGE_REQUIRED = 'MFA_CHALLENGE_REQUIRED',
  /** A sensitive action needs a second factor proved within the last few minutes. */
  STEP_UP_REQUIRED = 'STEP_UP_REQUIRED',
  /** Over a limit of src/graph/graphql-limits.ts (depth, aliases, directives, tokens, cost). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The search engine is not ready (its index is being prepared); `retryAfterSeconds` says when to try again. */
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  /**
   * The request's database work ran past DATABASE_STATEMENT_TIMEOUT_MS and was cancelled; nothing
   * of a cancelled mutation was kept. Try again later, or ask for less (a narrower filter).
   */
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'The value of `extensions.code` on every error (DOMAIN §12). Not returned by any field: it is in the schema so clients can type the code.',
});
