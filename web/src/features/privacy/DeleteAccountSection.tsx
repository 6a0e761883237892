// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { summariseProblem } from '../account/account-problems';
import { DeleteMyAccountMutation } from './documents';
import { accountDeletion } from '../../app/account-deletion';

/**
 * Deleting my own account: the consequences in plain words, then a dialog that asks for the
 * current password. Afterwards the browser's session is ended and a confirmation page shown.
 */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="delete-title" className="account-section">
      <h2 id="delete-title">{t('privacy.delete.title')}</h2>
      <p>{t('privacy.delete.intro')}</p>
      <DialogTrigger>
        <Button className="button button--warning">{t('privacy.delete.open')}</Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog">{({ close }) => <DeleteForm close={close} />}</Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </section>
  );
}

function DeleteForm({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, remove] = useMutation(DeleteMyAccountMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    if (!password)
      return setErrors([{ field: 'deletePassword', message: t('account.currentPasswordMissing') }]);
    accountDeletion.start();
    const result = await remove({ input: { currentPassword: password } });
    if (result.error) {
      accountDeletion.refused();
      const summary = summariseProblem(
        toApiProblem(result.error),
        { fields: { currentPassword: 'account.currentPasswordWrong' } },
        t,
      );
      return setErrors(
        summary.map((e) => (e.field === 'currentPassword' ? { ...e, field: 'deletePassword' } : e)),
      );
    }
    // The server has ended every session; this ends the browser's too. The confirmation page
    // is public and not lazy, so once it is shown the sign-in guard of this page no longer
    // sends us to sign in as the session ends (and if the guard got there first, this wins).
    await navigate('/account-deleted', { replace: true });
    await signOut();
  }

  return (
    <>
      <Heading slot="title">{t('privacy.delete.dialogTitle')}</Heading>
      <p>{t('privacy.delete.whatHappens')}</p>
      <ul>
        <li>{t('privacy.delete.erased')}</li>
        <li>{t('privacy.delete.kept')}</li>
        <li>{t('privacy.delete.signedOut')}</li>
        <li>{t('privacy.delete.final')}</li>
      </ul>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="deletePassword"
          type="password"
          autoComplete="current-password"
          label={t('account.currentPassword')}
          hint={t('privacy.delete.passwordHint')}
          value={password}
          onChange={setPassword}
          error={errors.find((e) => e.field === 'deletePassword')?.message}
          isRequired
        />
        <div className="dialog__actions">
          <Button type="submit" className="button button--warning" isDisabled={fetching}>
            {t('privacy.delete.confirm')}
          </Button>
          <Button className="button button--secondary" onPress={close}>
            {t('privacy.delete.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
