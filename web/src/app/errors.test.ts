// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import sv from '../i18n/sv.json';
import { ERROR_CODES, errorMessageKey, toApiProblem } from './errors';

const serverEnum = readFileSync(
  resolve(import.meta.dirname, '../../../src/graph/errors/error-code.ts'),
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
      fields: [{ field: 'password', message: 'must be at least 12 characters' }],
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
