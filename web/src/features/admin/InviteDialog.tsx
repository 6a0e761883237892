// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessageKey, fieldProblemText, toApiProblem } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { DialogForm, FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import type { Locale, Role } from '../../graphql/graphql';
import { InviteMemberMutation } from './documents';
import { RolesCheckboxes } from './RolesCheckboxes';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invites someone by e-mail to an organisation, with roles and the e-mail's language. The
 * invitation link is valid for 7 days; the page says who was invited.
 */
export function InviteDialog({
  organisations,
  onInvited,
}: {
  organisations: readonly { id: string; name: string }[];
  onInvited: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog label={t('admin.invite.open')}>
      {(close) => <InviteForm organisations={organisations} close={close} onInvited={onInvited} />}
    </FormDialog>
  );
}

function InviteForm({
  organisations,
  close,
  onInvited,
}: {
  organisations: readonly { id: string; name: string }[];
  close: () => void;
  onInvited: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [, invite] = useMutation(InviteMemberMutation);
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [locale, setLocale] = useState<Locale>('SV');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [pending, setPending] = useState(false);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async () => {
    if (pending) return;
    const problems: SummaryError[] = [];
    if (!EMAIL.test(email.trim()))
      problems.push({ field: 'inviteEmail', message: t('admin.invite.emailInvalid') });
    if (!organisationId)
      problems.push({ field: 'inviteOrganisation', message: t('admin.invite.chooseOrganisation') });
    setErrors(problems);
    if (problems.length) return;
    setPending(true);
    const result = await invite({
      input: { email: email.trim(), organisationId, roles: ['MEMBER', ...roles], locale },
    });
    setPending(false);
    if (result.error) {
      const problem = toApiProblem(result.error);
      const fields = problem.fields.map((f) => ({
        field: f.field === 'email' ? 'inviteEmail' : undefined,
        message: f.field === 'email' ? t('admin.invite.emailInvalid') : fieldProblemText(t, f),
      }));
      return setErrors(fields.length ? fields : [{ message: t(errorMessageKey(problem.code)) }]);
    }
    onInvited(t('admin.invite.sent', { email: email.trim() }));
    close();
  };

  return (
    <DialogForm
      title={t('admin.invite.title')}
      intro={t('admin.invite.explain')}
      errors={errors}
      submitLabel={t('admin.invite.submit')}
      onSubmit={submit}
      close={close}
    >
      <Field
        name="inviteEmail"
        label={t('admin.invite.email')}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={errorOf('inviteEmail')}
        isRequired
      />
      <SelectField
        name="inviteOrganisation"
        label={t('admin.invite.organisation')}
        value={organisationId}
        onChange={setOrganisationId}
        emptyLabel={t('admin.invite.chooseOrganisationOption')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={errorOf('inviteOrganisation')}
      />
      <RolesCheckboxes value={roles} onChange={setRoles} />
      <SelectField
        name="inviteLocale"
        label={t('admin.invite.locale')}
        value={locale}
        onChange={(value) => setLocale(value as Locale)}
        options={[
          { value: 'SV', label: t('languageName.sv') },
          { value: 'EN', label: t('languageName.en') },
        ]}
      />
    </DialogForm>
  );
}
