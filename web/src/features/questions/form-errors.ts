// SPDX-License-Identifier: EUPL-1.2
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorMessageKey, fieldProblemText, toApiProblem } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';
import { unresolvedFindings } from '../../components/screening/pii-problem';

/**
 * An API failure as error-summary lines: each unresolved personal-data finding and each field
 * problem tied to its field (named by `fieldName`, so the summary links to the right input),
 * anything else as one message for the whole form.
 */
export function summaryErrors(
  error: CombinedError,
  t: TFunction,
  label: (apiField: string) => string,
  fieldName: (apiField: string) => string = (field) => field,
): SummaryError[] {
  const problem = toApiProblem(error);
  if (problem.code === 'PII_UNRESOLVED') {
    const findings = unresolvedFindings(error);
    if (findings.length)
      return findings.map((finding) => ({
        field: fieldName(finding.field),
        message: t('screening.findings.unresolved', {
          field: label(finding.field),
          kind: t(`screening.findingKind.${finding.kind}`),
          from: finding.start + 1,
          to: finding.end,
        }),
      }));
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.fields.length)
    return problem.fields.map((f) => ({
      field: fieldName(f.field),
      message: `${label(f.field)}: ${fieldProblemText(t, f)}`,
    }));
  return [{ message: t(errorMessageKey(problem.code)) }];
}
