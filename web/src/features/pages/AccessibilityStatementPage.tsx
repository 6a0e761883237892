// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';

/**
 * Tillgänglighetsredogörelse (lag 2018:1937 om tillgänglighet till digital offentlig service):
 * how accessible the service is, what is known not to be, and how to report a problem. The
 * text lives in the catalogues (`accessibility.*`), in both languages.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const gaps = t('accessibility.gaps', { returnObjects: true }) as string[];
  return (
    <Page title={t('accessibility.title')}>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.gapsTitle')}</h2>
      <ul>
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
      <h2>{t('accessibility.howTestedTitle')}</h2>
      <p>{t('accessibility.howTested')}</p>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <h2>{t('accessibility.enforcementTitle')}</h2>
      <p>{t('accessibility.enforcement')}</p>
    </Page>
  );
}
