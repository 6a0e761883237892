// SPDX-License-Identifier: EUPL-1.2
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountDeletion } from '../../app/account-deletion';
import { Page } from '../../components/Page';

/** Where a member lands after deleting their account (signed out by then). */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  useEffect(() => accountDeletion.confirmed(), []);
  return (
    <Page title={t('privacy.deleted.title')}>
      <p role="status">{t('privacy.deleted.text')}</p>
      <p>{t('privacy.deleted.kept')}</p>
      <p>
        <Link to="/">{t('privacy.deleted.home')}</Link>
      </p>
    </Page>
  );
}
