import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';

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
  /** Show internal messages (never stack traces) to help local development. */
  exposeInternalMessages: boolean;
  onInternalError: (error: unknown) => void;
}

/**
 * The last word on what an error tells the caller: our own AppErrors pass with their code and
 * safe message; request errors become BAD_USER_INPUT; everything else is an INTERNAL_SERVER_ERROR
 * whose text is logged, not returned. Stack traces never leave the server.
 */
export function createErrorFormatter(options: ErrorFormattingOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (original instanceof AppError) {
      return { ...formatted, extensions: { ...extensions, code: original.code } };
    }
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
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
    options.onInternalError(original);
    return {
      message:
        options.exposeInternalMessages && original instanceof Error
          ? original.message
          : 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
