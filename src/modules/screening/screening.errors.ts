// SPDX-License-Identifier: EUPL-1.2
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import type { FieldFinding } from 'src/modules/screening/screening.types';

const UNRESOLVED =
  'The text contains personal data or organisation names that must be removed or acknowledged';
const REMOVE_ONLY =
  'The text contains a personal identity or coordination number: remove it, it cannot be acknowledged';

/**
 * Refuses a submission while findings are unresolved (DOMAIN §4). The error names each finding by
 * field, position and fingerprint, and says whether acknowledging it is allowed, but never carries
 * the matched text: errors are logged, and the author already has the text to slice it out of.
 */
export function piiUnresolved(findings: readonly FieldFinding[]): AppError {
  const removeOnly = findings.some((finding) => !finding.acknowledgeable);
  return new AppError(ErrorCode.PII_UNRESOLVED, removeOnly ? REMOVE_ONLY : UNRESOLVED, {
    findings: findings.map(({ field, kind, start, end, fingerprint, acknowledgeable }) => ({
      field,
      kind,
      start,
      end,
      fingerprint,
      acknowledgeable,
    })),
  });
}
