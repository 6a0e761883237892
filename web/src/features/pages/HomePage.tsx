// SPDX-License-Identifier: EUPL-1.2
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { Page } from '../../components/Page';
import { Loading } from '../../components/States';

// The signed-in overview loads after the shell, keeping the first load within its budget.
const HomeOverview = lazy(async () => ({
  default: (await import('../cases/HomeOverview')).HomeOverview,
}));

export function HomePage() {
  const { t } = useTranslation();
  const { member } = useSession();
  return (
    <Page title={member ? t('home.welcome', { name: member.displayName }) : t('app.name')}>
      <p>{t('home.intro')}</p>
      {member && (
        <Suspense fallback={<Loading />}>
          <HomeOverview />
        </Suspense>
      )}
      {!member && (
        <p>
          <Link to="/sign-in">{t('home.signInPrompt')}</Link>
        </p>
      )}
    </Page>
  );
}
