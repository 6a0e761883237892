// SPDX-License-Identifier: EUPL-1.2
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { tokenLimitError } from 'src/graph/graphql-limits';

/** Codes Apollo and graphql-js raise for a request the client got wrong. */
const CLIENT_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorFormattingOptions {
  /** Logs the detail of an unexpected error; the caller only learns that one happened. */
  onInternalError: (error: unknown) => void;
}

/**
 * The last word on what an error tells the caller: our own AppErrors pass with their code and
 * safe message; limit refusals keep QUERY_TOO_COMPLEX, which limit and its maximum; other
 * request errors become BAD_USER_INPUT; everything else is an INTERNAL_SERVER_ERROR
 * whose text is logged, not returned. Stack traces never leave the server.
 */
export function createErrorFormatter(options: ErrorFormattingOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (original instanceof AppError) {
      return { ...formatted, extensions: { ...extensions, code: original.code } };
    }
    if (isCancelledStatement(original)) {
      return {
        message: 'The request took too long and was cancelled; try again later',
        path: formatted.path,
        extensions: { code: ErrorCode.TIMEOUT },
      };
    }
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const overLimit = limitRefusal(error, code, formatted.message);
    if (overLimit) {
      return { message: overLimit.message, extensions: limitDetails(overLimit.extensions) };
    }
    // INTERNAL_SERVER_ERROR is Apollo's code for any unexpected error: never pass its text on.
    if (
      code &&
      code !== (ErrorCode.INTERNAL_SERVER_ERROR as string) &&
      (CLIENT_REQUEST_CODES.has(code) || code in ErrorCode)
    ) {
      const mapped = code in ErrorCode ? code : ErrorCode.BAD_USER_INPUT;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped },
      };
    }
    // Not even in development: an unexpected error's text may be PostgreSQL's (a value, a table,
    // a constraint) or a driver's. The log has it, with the request id.
    options.onInternalError(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * A refusal by one of our limits: the cost plugin's own error, a validation rule's error that
 * Apollo wrapped as GRAPHQL_VALIDATION_FAILED (keeping ours as the original), or graphql-js's
 * parse error for too many tokens.
 */
function limitRefusal(error: unknown, code: string | undefined, message: string) {
  if (code === 'GRAPHQL_PARSE_FAILED') return tokenLimitError(message);
  const refusal = [error, error instanceof GraphQLError ? error.originalError : undefined].find(
    (candidate) =>
      candidate instanceof GraphQLError &&
      candidate.extensions.code === ErrorCode.QUERY_TOO_COMPLEX,
  );
  return refusal instanceof GraphQLError ? refusal : null;
}

/** A limit refusal tells which limit and its value, so a client developer can adjust. */
function limitDetails(extensions: Record<string, unknown>): Record<string, unknown> {
  return {
    code: ErrorCode.QUERY_TOO_COMPLEX,
    limit: extensions.limit,
    maximum: extensions.maximum,
  };
}

/**
 * PostgreSQL's query_canceled (SQLSTATE 57014): the API pool's statement_timeout fired (or an
 * operator cancelled the statement). TypeORM's QueryFailedError copies the driver's `code`.
 */
export function isCancelledStatement(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014'
  );
}
