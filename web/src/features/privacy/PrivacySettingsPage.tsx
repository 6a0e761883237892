// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { DataExportSection } from './DataExportSection';
import { DeleteAccountSection } from './DeleteAccountSection';

/** My data (GDPR): export everything stored about me, or delete my account. */
export function PrivacySettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('privacy.title')}>
      <DataExportSection />
      <DeleteAccountSection />
    </Page>
  );
}
