// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import sv from '../i18n/sv.json';
import {
  ERROR_CODES,
  FIELD_PROBLEM_REASONS,
  errorMessageKey,
  fieldProblemText,
  toApiProblem,
} from './errors';

const serverEnum = readFileSync(
  resolve(import.meta.dirname, '../../../src/graph/errors/error-code.ts'),
  'utf8',
);
const serverReasons = readFileSync(
  resolve(import.meta.dirname, '../../../src/graph/errors/field-problem-reason.ts'),
  'utf8',
);

describe('error codes', () => {
  it('lists exactly the codes of the API (src/graph/errors/error-code.ts)', () => {
    const codes = [...serverEnum.matchAll(/^\s+([A-Z_]+) = '([A-Z_]+)',$/gm)].map((m) => m[2]);
    expect(codes.length).toBeGreaterThan(0);
    expect([...ERROR_CODES].sort()).toEqual(codes.sort());
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ])('has a message for every code and for network failures in %s', (_language, catalogue) => {
    for (const code of [...ERROR_CODES, 'NETWORK' as const]) {
      const [, key] = errorMessageKey(code).split('.');
      expect(catalogue.errors[key as keyof typeof catalogue.errors], code).toMatch(/\S/);
    }
  });
});

describe('toApiProblem', () => {
  it('reads the code, field problems and retry hint from the first GraphQL error', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'password', message: 'must be at least 12 characters' }, 'junk'],
          },
        }),
      ],
    });
    expect(toApiProblem(error)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', message: 'must be at least 12 characters', reason: 'INVALID' }],
      retryAfterSeconds: undefined,
      serverMessage: 'Invalid input',
    });
  });

  it('keeps RATE_LIMITED retryAfterSeconds', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Too many attempts', {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 840 },
        }),
      ],
    });
    expect(toApiProblem(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 840 });
  });

  it('treats an unknown code as an internal error and no GraphQL error as a network failure', () => {
    const unknown = new CombinedError({
      graphQLErrors: [new GraphQLError('?', { extensions: { code: 'SOMETHING_NEW' } })],
    });
    expect(toApiProblem(unknown).code).toBe('INTERNAL_SERVER_ERROR');
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(toApiProblem(offline).code).toBe('NETWORK');
  });
});

describe('field problems', () => {
  it('lists exactly the reasons of the API (src/graph/errors/field-problem-reason.ts)', () => {
    const reasons = [...serverReasons.matchAll(/^\s+([A-Z_]+) = '([A-Z_]+)',$/gm)].map((m) => m[2]);
    expect(reasons.length).toBeGreaterThan(0);
    expect([...FIELD_PROBLEM_REASONS].sort()).toEqual(reasons.sort());
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ])('explains every reason in %s, bounded ones with and without their bound', (_l, catalogue) => {
    const field = catalogue.errors.field as Record<string, string>;
    for (const reason of FIELD_PROBLEM_REASONS) expect(field[reason], reason).toMatch(/\S/);
    for (const reason of ['TOO_SHORT', 'TOO_LONG', 'TOO_MANY'])
      expect(field[`${reason}_plain`], reason).toMatch(/\S/);
  });

  it('reads the reason and bound, and explains them without the English message', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'title',
                message: 'title must be shorter than 200',
                reason: 'TOO_LONG',
                limit: 200,
              },
              { field: 'year', message: 'year is odd', reason: 'SOMETHING_NEW' },
              { field: 'name', message: 'name too long', reason: 'TOO_LONG' },
            ],
          },
        }),
      ],
    });
    const [title, year, name] = toApiProblem(error).fields;
    expect(title).toEqual({
      field: 'title',
      message: 'title must be shorter than 200',
      reason: 'TOO_LONG',
      limit: 200,
    });
    // A reason this client does not know yet is explained as the general one.
    expect(year!.reason).toBe('INVALID');
    const translate = (key: string, options?: Record<string, unknown>) =>
      `${key}${typeof options?.limit === 'number' ? `(${options.limit})` : ''}`;
    expect(fieldProblemText(translate, title!)).toBe('errors.field.TOO_LONG(200)');
    expect(fieldProblemText(translate, name!)).toBe('errors.field.TOO_LONG_plain');
    expect(fieldProblemText(translate, year!)).toBe('errors.field.INVALID');
  });
});
