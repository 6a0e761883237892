// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import type { Locale } from '../../graphql/graphql';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { InviteMemberMutation } from './documents';

/** Invites a colleague as a member; the invitation list above refreshes with the new one. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<Locale>('SV');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [invited, setInvited] = useState<string | null>(null);
  const [{ fetching }, invite] = useMutation(InviteMemberMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setInvited(null);
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(address))
      return setErrors([{ field: 'inviteEmail', message: t('account.emailInvalid') }]);
    const result = await invite({ input: { email: address, organisationId, locale } });
    if (result.error) {
      const problem = toApiProblem(result.error);
      return setErrors([
        problem.code === 'BAD_USER_INPUT' && problem.fields.some((f) => f.field === 'email')
          ? { field: 'inviteEmail', message: t('account.emailInvalid') }
          : problem.code === 'CONFLICT'
            ? { field: 'inviteEmail', message: t('organisation.invite.conflict') }
            : { message: t(errorMessageKey(problem.code)) },
      ]);
    }
    setErrors([]);
    setEmail('');
    setInvited(address);
  }

  return (
    <section aria-labelledby="invite-title" className="org-section">
      <h2 id="invite-title">{t('organisation.invite.title')}</h2>
      {invited && (
        <p role="status" className="notice">
          {t('organisation.invite.sent', { email: invited })}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="inviteEmail"
          type="email"
          autoComplete="off"
          label={t('organisation.invite.email')}
          hint={t('organisation.invite.emailHint')}
          value={email}
          onChange={setEmail}
          error={errors.find((e) => e.field === 'inviteEmail')?.message}
          isRequired
        />
        <ChoiceGroup
          name="inviteLocale"
          label={t('organisation.invite.locale')}
          value={locale}
          options={[
            { value: 'SV' as const, label: t('languageName.sv') },
            { value: 'EN' as const, label: t('languageName.en') },
          ]}
          onChange={setLocale}
        />
        <Button type="submit" className="button">
          {t('organisation.invite.submit')}
        </Button>
      </form>
    </section>
  );
}
