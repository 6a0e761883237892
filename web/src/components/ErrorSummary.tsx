// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './Field';

export interface SummaryError {
  /** The field's name (links to its input), or undefined for a problem with the whole form. */
  field?: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the form, focused when it appears so screen readers read
 * it, one link per field error that moves focus to that input.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // A page may hold several forms (account settings), each with its own summary.
  const titleId = useId();
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.field ?? ''}:${error.message}`}>
            {error.field ? (
              <a
                href={`#${fieldId(error.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(error.field ?? ''))?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
