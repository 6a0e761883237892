import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';

/**
 * A route that exists (e-mail links to it) whose page is still being built: says so plainly
 * instead of answering 404. Each feature replaces its use of this in app/routes.tsx.
 */
export function UpcomingPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t(title)}>
      <p>{t('upcoming.body')}</p>
    </Page>
  );
}
