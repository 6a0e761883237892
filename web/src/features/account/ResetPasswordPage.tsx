// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { MIN_PASSWORD_LENGTH } from '../auth/password-strength';
import { PasswordStrength } from '../auth/PasswordStrength';
import { RESET_MESSAGES, RESET_REQUEST_MESSAGES, summariseProblem } from './account-problems';
import { RequestPasswordResetMutation, ResetPasswordMutation } from './documents';

/** `/reset-password` asks for a link; `/reset-password?token=…` (the e-mailed link) uses it. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <NewPasswordForm token={token} /> : <RequestResetForm />;
}

/**
 * Whatever the address, the answer reads the same: the page must not tell a stranger whether
 * someone has an account.
 */
function RequestResetForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(address))
      return setErrors([{ field: 'email', message: t('account.emailInvalid') }]);
    const result = await request({ input: { email: address } });
    if (result.error)
      return setErrors(summariseProblem(toApiProblem(result.error), RESET_REQUEST_MESSAGES, t));
    setErrors([]);
    setSentTo(address);
  }

  if (sentTo) {
    return (
      <Page title={t('account.reset.requestTitle')}>
        <p role="status" className="notice">
          {t('account.reset.requested', { email: sentTo })}
        </p>
        <p>{t('account.reset.requestedHelp')}</p>
        <p>
          <Link to="/sign-in">{t('account.backToSignIn')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('account.reset.requestTitle')}>
      <p>{t('account.reset.requestIntro')}</p>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="email"
          type="email"
          autoComplete="username"
          label={t('signIn.email')}
          value={email}
          onChange={setEmail}
          error={errors.find((e) => e.field === 'email')?.message}
          isRequired
        />
        <Button type="submit" className="button">
          {t('account.reset.requestSubmit')}
        </Button>
      </form>
      <p>
        <Link to="/sign-in">{t('account.backToSignIn')}</Link>
      </p>
    </Page>
  );
}

/**
 * The new password from the e-mailed link. Every session ends on the server, this browser's
 * included, so the member signs in again with the new password.
 */
function NewPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const { status, signOut } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  // A broken link cannot be fixed on this page: it says so and offers a new one, not the form.
  const brokenLink = errors.some((e) => e.field === 'token');
  // The summary focuses itself whenever its list changes: the list must keep its identity
  // between keystrokes, or typing in the field would send focus back to the summary.
  const summaryErrors = useMemo(() => errors.filter((e) => e.field !== 'token'), [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    if (password.length < MIN_PASSWORD_LENGTH)
      return setErrors([{ field: 'newPassword', message: t('join.strength.tooShort') }]);
    const result = await reset({ input: { token, newPassword: password } });
    if (result.error)
      return setErrors(summariseProblem(toApiProblem(result.error), RESET_MESSAGES, t));
    if (status === 'signed-in') await signOut();
    void navigate('/sign-in', { replace: true, state: { passwordReset: true } });
  }

  return (
    <Page title={t('account.reset.newTitle')}>
      <ErrorSummary errors={summaryErrors} />
      {brokenLink ? (
        <p>{t('account.reset.invalidLink')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <div>
            <Field
              name="newPassword"
              type="password"
              autoComplete="new-password"
              label={t('account.newPassword')}
              hint={t('join.passwordHint', { count: MIN_PASSWORD_LENGTH })}
              value={password}
              onChange={setPassword}
              error={errors.find((e) => e.field === 'newPassword')?.message}
              isRequired
            />
            <PasswordStrength id="password-strength" password={password} userInputs={[]} />
          </div>
          <Button type="submit" className="button">
            {t('account.reset.newSubmit')}
          </Button>
        </form>
      )}
      {(brokenLink || errors.some((e) => e.message === t('account.reset.linkUnusable'))) && (
        <p>
          <Link to="/reset-password">{t('account.reset.askAgain')}</Link>
        </p>
      )}
    </Page>
  );
}
