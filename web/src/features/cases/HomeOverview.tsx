// SPDX-License-Identifier: EUPL-1.2
import './cases.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Empty, ErrorState, Loading } from '../../components/States';
import { CaseList } from './CaseList';
import { CaseListItem } from './CaseListItem';
import { HomeOverviewQuery } from './documents';

/**
 * What is new for the signed-in member: unread notifications, their drafts that need action,
 * and recent cases in the topics and countries they follow (all as the API returns them).
 */
export function HomeOverview() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: HomeOverviewQuery,
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const topicIds = data.myFollows.filter((f) => f.targetType === 'TOPIC').map((f) => f.targetId);
  const countryCodes = data.myFollows
    .filter((f) => f.targetType === 'COUNTRY')
    .map((f) => f.targetId);
  return (
    <>
      <p className="notice">{t('cases.home.unread', { count: data.unreadNotificationCount })}</p>
      <section aria-labelledby="home-drafts">
        <h2 id="home-drafts">{t('cases.home.drafts')}</h2>
        {data.myDrafts.totalCount === 0 ? (
          <Empty>{t('cases.home.noDrafts')}</Empty>
        ) : (
          <ul className="case-list">
            {data.myDrafts.edges.map(({ node }) => (
              <li key={node.id}>
                <CaseListItem data={node} to={`/cases/${node.id}/edit`} showStatus />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/cases/mine">{t('cases.home.allMine')}</Link>
        </p>
      </section>
      <section aria-labelledby="home-followed">
        <h2 id="home-followed">{t('cases.home.followed')}</h2>
        {topicIds.length + countryCodes.length === 0 ? (
          <Empty>{t('cases.home.noFollows')}</Empty>
        ) : (
          <>
            {topicIds.length > 0 && (
              <CaseList filter={{ topicIds }} empty={t('cases.home.nothingNew')} />
            )}
            {countryCodes.length > 0 && (
              <CaseList filter={{ countryCodes }} empty={t('cases.home.nothingNew')} />
            )}
          </>
        )}
        <p>
          <Link to="/cases">{t('cases.home.library')}</Link>
        </p>
      </section>
    </>
  );
}
