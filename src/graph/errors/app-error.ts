// SPDX-License-Identifier: EUPL-1.2
import { GraphQLError } from 'graphql';
import { ErrorCode } from 'src/graph/errors/error-code';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

/**
 * An error meant for the caller: its message is safe to show and its code is one of ErrorCode.
 * Anything else that escapes a resolver is treated as an internal error and its text hidden.
 * `details` must never carry an anonymous author or any other data the caller may not read.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...details, code } });
    this.name = 'AppError';
  }
}

export interface FieldProblem {
  field: string;
  /** English, for developers and logs; clients explain `reason` to people. */
  message: string;
  /** INVALID when not given. */
  reason?: FieldProblemReason;
  /** The bound a TOO_SHORT, TOO_LONG or TOO_MANY problem broke (characters or items). */
  limit?: number;
}

/** Shorthands for the errors every feature raises. */
export const Errors = {
  unauthenticated: (message = 'Sign in to continue') =>
    new AppError(ErrorCode.UNAUTHENTICATED, message),
  forbidden: (message = 'You are not allowed to do this') =>
    new AppError(ErrorCode.FORBIDDEN, message),
  /** Unknown and unreadable items answer alike, so existence never leaks. */
  notFound: (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`),
  badInput: (message: string, fields: FieldProblem[] = []) =>
    new AppError(
      ErrorCode.BAD_USER_INPUT,
      message,
      fields.length
        ? { fields: fields.map((f) => ({ ...f, reason: f.reason ?? FieldProblemReason.INVALID })) }
        : {},
    ),
  conflict: (message: string) => new AppError(ErrorCode.CONFLICT, message),
  invalidState: (message: string) => new AppError(ErrorCode.INVALID_STATE, message),
  /** The search engine cannot answer yet (an index not prepared); nothing the caller did. */
  searchUnavailable: (retryAfterSeconds = 10) =>
    new AppError(ErrorCode.SEARCH_UNAVAILABLE, 'Search is not available yet; try again shortly', {
      retryAfterSeconds,
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', {
      retryAfterSeconds,
    }),
};
