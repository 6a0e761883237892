// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../app/errors';
import {
  CHANGE_PASSWORD_MESSAGES,
  CONFIRM_EMAIL_MESSAGES,
  RESET_MESSAGES,
  summariseProblem,
} from './account-problems';

const t = (key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;
const problem = (code: ApiProblem['code'], fields: ApiProblem['fields'] = []): ApiProblem => ({
  code,
  fields,
});

describe(summariseProblem.name, () => {
  it('ties each known field problem to its field, once', () => {
    const sut = summariseProblem(
      problem('BAD_USER_INPUT', [
        { field: 'newPassword', message: 'is too short', reason: 'INVALID' },
        { field: 'newPassword', message: 'is too common', reason: 'INVALID' },
        { field: 'currentPassword', message: 'is wrong', reason: 'INVALID' },
      ]),
      CHANGE_PASSWORD_MESSAGES,
      t,
    );
    expect(sut).toEqual([
      { field: 'newPassword', message: 'account.passwordRejected' },
      { field: 'currentPassword', message: 'account.currentPasswordWrong' },
    ]);
  });

  it('reads an expired or used reset link as unusable, and a forged one as a broken link', () => {
    expect(summariseProblem(problem('INVALID_STATE'), RESET_MESSAGES, t)).toEqual([
      { message: 'account.reset.linkUnusable' },
    ]);
    expect(
      summariseProblem(
        problem('BAD_USER_INPUT', [
          { field: 'token', message: 'is not a valid link', reason: 'INVALID' },
        ]),
        RESET_MESSAGES,
        t,
      ),
    ).toEqual([{ field: 'token', message: 'account.reset.invalidLink' }]);
  });

  it('says how many minutes to wait when rate-limited, at least one', () => {
    expect(
      summariseProblem({ ...problem('RATE_LIMITED'), retryAfterSeconds: 125 }, RESET_MESSAGES, t),
    ).toEqual([{ message: 'account.rateLimited {"count":3}' }]);
    expect(
      summariseProblem({ ...problem('RATE_LIMITED'), retryAfterSeconds: 0 }, RESET_MESSAGES, t),
    ).toEqual([{ message: 'account.rateLimited {"count":1}' }]);
  });

  it('falls back to the general message for codes and fields the form does not know', () => {
    expect(summariseProblem(problem('CONFLICT'), CONFIRM_EMAIL_MESSAGES, t)).toEqual([
      { message: 'account.confirmEmail.taken' },
    ]);
    expect(summariseProblem(problem('CONFLICT'), RESET_MESSAGES, t)).toEqual([
      { message: 'errors.CONFLICT' },
    ]);
    expect(
      summariseProblem(
        problem('BAD_USER_INPUT', [{ field: 'somethingElse', message: 'x', reason: 'INVALID' }]),
        RESET_MESSAGES,
        t,
      ),
    ).toEqual([{ message: 'errors.BAD_USER_INPUT' }]);
  });
});
