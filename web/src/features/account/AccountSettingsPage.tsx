// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ChangeEmailForm } from './ChangeEmailForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SessionList } from './SessionList';

/** Sign-in and security for the member: password, e-mail address, signed-in devices. */
export function AccountSettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('account.title')}>
      <ChangePasswordForm />
      <ChangeEmailForm />
      <SessionList />
    </Page>
  );
}
