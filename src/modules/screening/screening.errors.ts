import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import type { FieldFinding } from 'src/modules/screening/screening.types';

/**
 * Refuses a submission while findings are unresolved (DOMAIN §4). The error names each finding by
 * field, position and fingerprint but never carries the matched text: errors are logged, and the
 * author already has the text to slice it out of.
 */
export function piiUnresolved(findings: readonly FieldFinding[]): AppError {
  return new AppError(
    ErrorCode.PII_UNRESOLVED,
    'The text contains personal data or organisation names that must be removed or acknowledged',
    {
      findings: findings.map(({ field, kind, start, end, fingerprint }) => ({
        field,
        kind,
        start,
        end,
        fingerprint,
      })),
    },
  );
}
