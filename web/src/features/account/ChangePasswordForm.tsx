// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { MIN_PASSWORD_LENGTH } from '../auth/password-strength';
import { PasswordStrength } from '../auth/PasswordStrength';
import { CHANGE_PASSWORD_MESSAGES, summariseProblem } from './account-problems';
import { ChangePasswordMutation } from './documents';

/** A new password, with the current one as proof; the member's other devices are signed out. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { member } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [done, setDone] = useState(false);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setDone(false);
    const missing: SummaryError[] = [];
    if (!current)
      missing.push({ field: 'currentPassword', message: t('account.currentPasswordMissing') });
    if (next.length < MIN_PASSWORD_LENGTH)
      missing.push({ field: 'newPassword', message: t('join.strength.tooShort') });
    if (missing.length) return setErrors(missing);
    const result = await change(
      { input: { currentPassword: current, newPassword: next } },
      // The session list below shows the ended sessions gone.
      { additionalTypenames: ['AuthSession'] },
    );
    if (result.error)
      return setErrors(summariseProblem(toApiProblem(result.error), CHANGE_PASSWORD_MESSAGES, t));
    setErrors([]);
    setCurrent('');
    setNext('');
    setDone(true);
  }

  return (
    <section aria-labelledby="password-title" className="account-section">
      <h2 id="password-title">{t('account.password.title')}</h2>
      {done && (
        <p role="status" className="notice">
          {t('account.password.changed')}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('account.currentPassword')}
          value={current}
          onChange={setCurrent}
          error={errors.find((e) => e.field === 'currentPassword')?.message}
          isRequired
        />
        <div>
          <Field
            name="newPassword"
            type="password"
            autoComplete="new-password"
            label={t('account.newPassword')}
            hint={t('join.passwordHint', { count: MIN_PASSWORD_LENGTH })}
            value={next}
            onChange={setNext}
            error={errors.find((e) => e.field === 'newPassword')?.message}
            isRequired
          />
          <PasswordStrength
            id="new-password-strength"
            password={next}
            userInputs={[member?.displayName ?? '', member?.email ?? '']}
          />
        </div>
        <p className="field__hint">{t('account.password.othersEnd')}</p>
        <Button type="submit" className="button">
          {t('account.password.submit')}
        </Button>
      </form>
    </section>
  );
}
