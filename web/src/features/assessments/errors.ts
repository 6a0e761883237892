// SPDX-License-Identifier: EUPL-1.2
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessageKey, fieldProblemText, toApiProblem } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';

/**
 * An API failure as error-summary lines: BAD_USER_INPUT per field (the API names the field, e.g.
 * `title` or `items.0.note`), anything else as the code's plain message.
 */
export function summaryErrors(error: CombinedError, t: TFunction): SummaryError[] {
  const problem = toApiProblem(error);
  if (problem.code === 'BAD_USER_INPUT' && problem.fields.length)
    return problem.fields.map((f) => ({
      field: f.field,
      message: `${t(`assessments.fields.${f.field}`, { defaultValue: f.field })}: ${fieldProblemText(t, f)}`,
    }));
  return [{ message: t(errorMessageKey(problem.code)) }];
}
