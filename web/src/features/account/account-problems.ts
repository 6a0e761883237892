// SPDX-License-Identifier: EUPL-1.2
import type { ApiProblem } from '../../app/errors';
import { errorMessageKey } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';

/** How one form explains the API's answers: a message per field, and per code where it matters. */
export interface ProblemMessages {
  /** i18n key per input field the API may name in `extensions.fields`. */
  fields: Record<string, string>;
  /** i18n key per error code that means something particular on this form. */
  codes?: Partial<Record<ApiProblem['code'], string>>;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The API's error as the error summary shows it, in the member's language (the API's own texts
 * are English). A field the form does not know becomes a message for the whole form, so nothing
 * is silently dropped; repeated messages show once.
 */
export function summariseProblem(
  problem: ApiProblem,
  messages: ProblemMessages,
  t: Translate,
): SummaryError[] {
  if (problem.code === 'RATE_LIMITED') {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 900) / 60));
    return [{ message: t('account.rateLimited', { count: minutes }) }];
  }
  const special = messages.codes?.[problem.code];
  if (special) return [{ message: t(special) }];
  const fallback = t(errorMessageKey(problem.code));
  if (problem.code !== 'BAD_USER_INPUT' || !problem.fields.length) return [{ message: fallback }];
  const errors = problem.fields.map((f): SummaryError => {
    const key = messages.fields[f.field];
    return key ? { field: f.field, message: t(key) } : { message: fallback };
  });
  return errors.filter(
    (e, i) => errors.findIndex((o) => o.message === e.message && o.field === e.field) === i,
  );
}

/** The reset link's token is not the member's fault: a bad one reads as a broken link. */
export const RESET_MESSAGES: ProblemMessages = {
  fields: { token: 'account.reset.invalidLink', newPassword: 'account.passwordRejected' },
  codes: { INVALID_STATE: 'account.reset.linkUnusable' },
};

export const RESET_REQUEST_MESSAGES: ProblemMessages = {
  fields: { email: 'account.emailInvalid' },
};

export const CHANGE_PASSWORD_MESSAGES: ProblemMessages = {
  fields: {
    currentPassword: 'account.currentPasswordWrong',
    newPassword: 'account.passwordRejected',
  },
};

export const EMAIL_CHANGE_MESSAGES: ProblemMessages = {
  fields: {
    newEmail: 'account.email.newEmailRejected',
    currentPassword: 'account.currentPasswordWrong',
  },
};

export const CONFIRM_EMAIL_MESSAGES: ProblemMessages = {
  fields: { token: 'account.confirmEmail.invalidLink' },
  codes: {
    INVALID_STATE: 'account.confirmEmail.linkUnusable',
    CONFLICT: 'account.confirmEmail.taken',
  },
};
