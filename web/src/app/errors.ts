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

/**
 * Why the API refused a field (src/graph/errors/field-problem-reason.ts). The field problem's
 * `message` is English for developers; people read the reason, explained in their language. A
 * vitest spec checks this list against the server's enum and each catalogue.
 */
export const FIELD_PROBLEM_REASONS = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_MANY',
  'FORMAT',
  'OUT_OF_RANGE',
  'IN_PAST',
  'DUPLICATE',
  'UNKNOWN',
  'NOT_ALLOWED',
  'INVALID',
] as const;
export type FieldProblemReason = (typeof FIELD_PROBLEM_REASONS)[number];

/** A problem with one input field, as BAD_USER_INPUT reports it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  /** English, from the API: a detail for developers, never shown in place of `reason`. */
  message: string;
  /** INVALID when the API gave none this client knows. */
  reason: FieldProblemReason;
  /** The bound a TOO_SHORT, TOO_LONG or TOO_MANY problem broke. */
  limit?: number;
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

function isReason(value: unknown): value is FieldProblemReason {
  return typeof value === 'string' && (FIELD_PROBLEM_REASONS as readonly string[]).includes(value);
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): FieldProblem[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message, reason, limit } = item as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') return [];
    return [
      {
        field,
        message,
        reason: isReason(reason) ? reason : 'INVALID',
        ...(typeof limit === 'number' ? { limit } : {}),
      },
    ];
  });
}

/** i18next's `t`, as far as the error helpers need it (plain functions, no hook). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * What is wrong with a field, in the reader's language, to follow the field's label ("Rubrik:
 * högst 200 tecken"). A bound the API did not give is left out rather than shown as a gap.
 */
export function fieldProblemText(t: Translate, problem: FieldProblem): string {
  const bounded = ['TOO_SHORT', 'TOO_LONG', 'TOO_MANY'].includes(problem.reason);
  return bounded && problem.limit === undefined
    ? t(`errors.field.${problem.reason}_plain`)
    : t(`errors.field.${problem.reason}`, { limit: problem.limit });
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
