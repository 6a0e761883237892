import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { Page } from '../../components/Page';
import { HomeOverview } from '../cases/HomeOverview';

export function HomePage() {
  const { t } = useTranslation();
  const { member } = useSession();
  return (
    <Page title={member ? t('home.welcome', { name: member.displayName }) : t('app.name')}>
      <p>{t('home.intro')}</p>
      {member && <HomeOverview />}
      {!member && (
        <p>
          <Link to="/sign-in">{t('home.signInPrompt')}</Link>
        </p>
      )}
    </Page>
  );
}
