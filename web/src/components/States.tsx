// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { errorMessageKey, type ApiProblem } from '../app/errors';

/** Announced politely, so a screen reader hears that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state--loading" role="status">
      {label ?? t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p>{t(errorMessageKey(problem.code))}</p>
      {problem.code === 'RATE_LIMITED' && problem.retryAfterSeconds !== undefined && (
        <p>{t('state.retryAfter', { count: problem.retryAfterSeconds })}</p>
      )}
      {onRetry && (
        <Button className="button button--secondary" onPress={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </div>
  );
}
