import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
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
    <DialogTrigger>
      <Button className="button">{t('admin.invite.open')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <InviteForm organisations={organisations} close={close} onInvited={onInvited} />
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
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
        message: f.field === 'email' ? t('admin.invite.emailInvalid') : f.message,
      }));
      return setErrors(fields.length ? fields : [{ message: t(errorMessageKey(problem.code)) }]);
    }
    onInvited(t('admin.invite.sent', { email: email.trim() }));
    close();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">{t('admin.invite.title')}</Heading>
      <p>{t('admin.invite.explain')}</p>
      <ErrorSummary errors={errors} />
      <div className="form">
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
      </div>
      <p className="dialog__actions">
        <Button type="submit" className="button">
          {t('admin.invite.submit')}
        </Button>
        <Button className="button button--secondary" onPress={close}>
          {t('dialog.cancel')}
        </Button>
      </p>
    </form>
  );
}
