// SPDX-License-Identifier: EUPL-1.2
import type { CombinedError } from 'urql';

/**
 * The API's error codes (src/graph/errors/error-code.ts, DOMAIN §12). Clients branch on
 * `extensions.code`, never on the English message text. A vitest spec checks this list against
 * the server's enum, and that each code has a message in every catalogue.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'PII_UNRESOLVED',
  'RATE_LIMITED',
  'MFA_REQUIRED',
  'MFA_CHALLENGE_REQUIRED',
  'STEP_UP_REQUIRED',
  'QUERY_TOO_COMPLEX',
  'SEARCH_UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field, as BAD_USER_INPUT reports it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What a page needs to explain an API failure: its code, field problems, and retry hint. */
export interface ApiProblem {
  code: ErrorCode | 'NETWORK';
  fields: FieldProblem[];
  /** RATE_LIMITED and SEARCH_UNAVAILABLE: seconds until another attempt may succeed. */
  retryAfterSeconds?: number;
  /** The server's message; safe to show (AppError), English only, so used as a detail. */
  serverMessage?: string;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldProblem =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as FieldProblem).field === 'string' &&
      typeof (item as FieldProblem).message === 'string',
  );
}

/** Reduces urql's CombinedError to the first GraphQL error's code (or NETWORK). */
export function toApiProblem(error: CombinedError): ApiProblem {
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', fields: [] };
  const extensions = first.extensions ?? {};
  const code = isErrorCode(extensions.code) ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const retry = extensions.retryAfterSeconds;
  return {
    code,
    fields: fieldProblems(extensions.fields),
    retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
    serverMessage: first.message,
  };
}

/** The i18n key that explains a problem to people (catalogues: `errors.<CODE>`). */
export function errorMessageKey(code: ApiProblem['code']): `errors.${ApiProblem['code']}` {
  return `errors.${code}`;
}
