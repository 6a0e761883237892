// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem, type ApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { AcceptInvitationMutation } from './documents';
import { MIN_PASSWORD_LENGTH } from './password-strength';
import { PasswordStrength } from './PasswordStrength';

/** Server field problems in the member's language (the API's own texts are English). */
const FIELD_MESSAGES: Record<string, string> = {
  displayName: 'join.displayNameRejected',
  password: 'join.passwordRejected',
};

function problemsToSummary(problem: ApiProblem, t: (key: string) => string): SummaryError[] {
  if (problem.code === 'INVALID_STATE') return [{ message: t('join.invitationUnusable') }];
  if (problem.code !== 'BAD_USER_INPUT') return [{ message: t(errorMessageKey(problem.code)) }];
  const errors = problem.fields.map((f) => {
    const key = FIELD_MESSAGES[f.field];
    return key ? { field: f.field, message: t(key) } : { message: t('join.invalidLink') };
  });
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.message === e.message) === i);
  return unique.length ? unique : [{ message: t(errorMessageKey(problem.code)) }];
}

/** The link in the invitation e-mail: choose a name and a password, and you are in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { status, signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);

  if (!token) {
    return (
      <Page title={t('join.title')}>
        <p>{t('join.invalidLink')}</p>
      </Page>
    );
  }
  if (status === 'signed-in' && !fetching && !errors.length) {
    return <Navigate to="/" replace />;
  }

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const missing: SummaryError[] = [];
    if (displayName.trim().length < 2)
      missing.push({ field: 'displayName', message: t('join.displayNameMissing') });
    if (password.length < MIN_PASSWORD_LENGTH)
      missing.push({ field: 'password', message: t('join.strength.tooShort') });
    if (missing.length) return setErrors(missing);
    const result = await accept({ input: { token, displayName: displayName.trim(), password } });
    if (result.data) {
      signedIn(result.data.acceptInvitation);
      return void navigate('/', { replace: true, state: { joined: true } });
    }
    if (result.error) setErrors(problemsToSummary(toApiProblem(result.error), t));
  }

  return (
    <Page title={t('join.title')}>
      <p>{t('join.intro')}</p>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="displayName"
          autoComplete="name"
          label={t('join.displayName')}
          hint={t('join.displayNameHint')}
          value={displayName}
          onChange={setDisplayName}
          error={fieldError('displayName')}
          isRequired
        />
        <div>
          <Field
            name="password"
            type="password"
            autoComplete="new-password"
            label={t('join.password')}
            hint={t('join.passwordHint', { count: MIN_PASSWORD_LENGTH })}
            value={password}
            onChange={setPassword}
            error={fieldError('password')}
            isRequired
          />
          <PasswordStrength id="password-strength" password={password} userInputs={[displayName]} />
        </div>
        <Button type="submit" className="button">
          {t('join.submit')}
        </Button>
      </form>
    </Page>
  );
}
