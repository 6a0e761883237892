// SPDX-License-Identifier: EUPL-1.2
import { lazy, Suspense, useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { Loading } from '../../components/States';
import type { SecondFactorProof } from '../security/second-factor';
import { CompleteSignInMutation, SignInMutation } from './documents';
import { safeNext } from './safe-next';
import { FederatedSignIn, useFederatedReturn, type FederatedOutcome } from './FederatedSignIn';

// The second step loads only for members who have one: the first page stays small.
const SecondFactorForm = lazy(async () => ({
  default: (await import('../security/SecondFactorForm')).SecondFactorForm,
}));

interface Challenge {
  challengeToken: string;
  totp: boolean;
  passkeyOptions: Record<string, unknown> | null;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { status, ended, signedIn } = useSession();
  const [params] = useSearchParams();
  // Set by the reset page: every session ended, so the member signs in with the new password.
  const passwordReset = (useLocation().state as { passwordReset?: boolean } | null)?.passwordReset;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [, completeSignIn] = useMutation(CompleteSignInMutation);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  // Back from an identity provider: the same session, or the same second step, as a password.
  const federated = useFederatedReturn(
    useCallback(
      (outcome: FederatedOutcome) => {
        if (outcome.__typename !== 'MfaChallenge') return signedIn(outcome);
        setChallenge({
          challengeToken: outcome.challengeToken,
          totp: outcome.totp,
          passkeyOptions: (outcome.passkeyOptions as Record<string, unknown> | null) ?? null,
        });
      },
      [signedIn],
    ),
  );

  if (status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const missing: SummaryError[] = [];
    if (!email.trim()) missing.push({ field: 'email', message: t('signIn.emailMissing') });
    if (!password) missing.push({ field: 'password', message: t('signIn.passwordMissing') });
    if (missing.length) return setErrors(missing);
    const result = await signIn({ input: { email: email.trim(), password } });
    const outcome = result.data?.signIn;
    if (outcome?.__typename === 'MfaChallenge') {
      setErrors([]);
      return setChallenge({
        challengeToken: outcome.challengeToken,
        totp: outcome.totp,
        passkeyOptions: (outcome.passkeyOptions as Record<string, unknown> | null) ?? null,
      });
    }
    if (outcome?.__typename === 'AuthPayload') return signedIn(outcome);
    if (!result.error) return;
    const problem = toApiProblem(result.error);
    // One message for unknown e-mail and wrong password, as the API gives one answer for both.
    const message =
      problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT'
        ? t('signIn.failed')
        : problem.code === 'RATE_LIMITED'
          ? t('signIn.rateLimited', { minutes: Math.ceil((problem.retryAfterSeconds ?? 900) / 60) })
          : t(errorMessageKey(problem.code));
    setErrors([{ message }]);
  }

  /** The second step: an error message to show, or null once signed in. */
  async function prove(proof: SecondFactorProof): Promise<string | null> {
    if (!challenge) return null;
    const result = await completeSignIn({
      input: { challengeToken: challenge.challengeToken, ...proof },
    });
    if (result.data) {
      signedIn(result.data.completeSignIn);
      return null;
    }
    const problem = result.error ? toApiProblem(result.error) : null;
    if (problem?.code === 'UNAUTHENTICATED') return t('mfa.codeRejected');
    return t(errorMessageKey(problem?.code ?? 'INTERNAL_SERVER_ERROR'));
  }

  if (challenge)
    return (
      <Page title={t('mfa.signInTitle')}>
        <p>{t('mfa.signInIntro')}</p>
        <Suspense fallback={<Loading />}>
          <SecondFactorForm
            totp={challenge.totp}
            passkeyOptions={challenge.passkeyOptions}
            onProof={prove}
            submitLabel={t('mfa.signInSubmit')}
          />
        </Suspense>
        <p>
          <Button className="button button--secondary" onPress={() => setChallenge(null)}>
            {t('mfa.startOver')}
          </Button>
        </p>
      </Page>
    );

  if (federated.redeeming)
    return (
      <Page title={t('signIn.title')}>
        <Loading />
      </Page>
    );

  return (
    <Page title={t('signIn.title')}>
      {passwordReset && !errors.length && (
        <p className="notice" role="status">
          {t('signIn.passwordReset')}
        </p>
      )}
      {ended && !passwordReset && !errors.length && (
        <p className="notice" role="status">
          {t(ended === 'signed-out' ? 'signIn.signedOut' : 'signIn.sessionEnded')}
        </p>
      )}
      <ErrorSummary
        errors={!errors.length && federated.error ? [{ message: federated.error }] : errors}
      />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="email"
          type="email"
          autoComplete="username"
          label={t('signIn.email')}
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
          isRequired
        />
        <Field
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          error={fieldError('password')}
          isRequired
        />
        {/* Not isPending: React Aria's pending announcement outlives the page and fails axe. */}
        <Button type="submit" className="button">
          {t('signIn.submit')}
        </Button>
      </form>
      <FederatedSignIn next={safeNext(params.get('next'))} />
      <p>
        <Link to="/reset-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p>{t('signIn.noAccount')}</p>
    </Page>
  );
}
