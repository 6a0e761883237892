// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { EMAIL_CHANGE_MESSAGES, summariseProblem } from './account-problems';
import { RequestEmailChangeMutation } from './documents';

/**
 * A new address takes effect only once its confirmation link is opened, so a typo cannot lock
 * the member out; the old address is told when it happens.
 */
export function ChangeEmailForm() {
  const { t } = useTranslation();
  const { member } = useSession();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(RequestEmailChangeMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setSentTo(null);
    const address = newEmail.trim();
    const missing: SummaryError[] = [];
    if (!/^[^\s@]+@[^\s@]+$/.test(address))
      missing.push({ field: 'newEmail', message: t('account.emailInvalid') });
    if (!password)
      missing.push({ field: 'emailPassword', message: t('account.currentPasswordMissing') });
    if (missing.length) return setErrors(missing);
    const result = await request({ input: { newEmail: address, currentPassword: password } });
    if (result.error) {
      // The API names the password field currentPassword; on this form its input is emailPassword.
      const summary = summariseProblem(toApiProblem(result.error), EMAIL_CHANGE_MESSAGES, t);
      return setErrors(
        summary.map((e) => (e.field === 'currentPassword' ? { ...e, field: 'emailPassword' } : e)),
      );
    }
    setErrors([]);
    setNewEmail('');
    setPassword('');
    setSentTo(address);
  }

  return (
    <section aria-labelledby="email-title" className="account-section">
      <h2 id="email-title">{t('account.email.title')}</h2>
      <p>{t('account.email.current', { email: member?.email ?? '' })}</p>
      {sentTo && (
        <p role="status" className="notice">
          {t('account.email.sent', { email: sentTo })}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="newEmail"
          type="email"
          autoComplete="email"
          label={t('account.email.newEmail')}
          hint={t('account.email.newEmailHint')}
          value={newEmail}
          onChange={setNewEmail}
          error={errors.find((e) => e.field === 'newEmail')?.message}
          isRequired
        />
        <Field
          name="emailPassword"
          type="password"
          autoComplete="current-password"
          label={t('account.currentPassword')}
          value={password}
          onChange={setPassword}
          error={errors.find((e) => e.field === 'emailPassword')?.message}
          isRequired
        />
        <Button type="submit" className="button">
          {t('account.email.submit')}
        </Button>
      </form>
    </section>
  );
}
