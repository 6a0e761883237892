// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadEstimator, strengthOf, type Estimate } from './password-strength';

/**
 * Says how strong the password is as it is typed, politely (a screen reader hears it after the
 * keystrokes settle, not on every one). Nothing shows until there is something to judge.
 */
export function PasswordStrength({
  id,
  password,
  userInputs,
}: {
  id: string;
  password: string;
  userInputs: string[];
}) {
  const { t } = useTranslation();
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadEstimator().then((loaded) => {
      if (!cancelled) setEstimate(() => loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const strength = estimate && password ? strengthOf(estimate, password, userInputs) : null;
  return (
    <p id={id} className="password-strength" aria-live="polite" data-score={strength?.score}>
      {strength &&
        (strength.tooShort
          ? t('join.strength.tooShort')
          : t('join.strength.label', { strength: t(`join.strength.score${strength.score}`) }))}
      {strength && !strength.tooShort && !strength.acceptable && ` ${t('join.strength.advice')}`}
    </p>
  );
}
