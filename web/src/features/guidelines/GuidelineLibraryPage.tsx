// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EDITOR_ROLES, hasAnyRole } from '../../app/navigation';
import { useSession } from '../../app/session';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import { GuidelinesQuery } from './documents';
import { formatDate, inLanguage } from './guideline-text';
import './guidelines.css';

/** The guideline library: each document, its newest version, and whether it changed since read. */
export function GuidelineLibraryPage() {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: GuidelinesQuery });
  const { member } = useSession();
  return (
    <Page title={t('guidelines.title')}>
      <p>{t('guidelines.intro')}</p>
      {hasAnyRole(member, EDITOR_ROLES) && (
        <p>
          <Link className="button" to="/guidelines/new">
            {t('guidelineEditor.newTitle')}
          </Link>
        </p>
      )}
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : data.guidelines.length === 0 ? (
        <Empty>{t('guidelines.empty')}</Empty>
      ) : (
        <ul className="guideline-list">
          {data.guidelines.map((guideline) => {
            const version = guideline.latestVersion ?? guideline.draft;
            const title = version
              ? inLanguage(i18n.language, version.titleSv, version.titleEn)
              : guideline.slug;
            const changed = guideline.changedSinceLastRead?.length ?? 0;
            return (
              <li key={guideline.id} className="guideline-list__item">
                <h2 className="guideline-list__title">
                  <Link to={`/guidelines/${guideline.slug}`}>{title}</Link>
                </h2>
                <p className="guideline-list__meta">
                  {t(`guidelines.kind.${guideline.kind}`)}
                  {' · '}
                  {guideline.latestVersion
                    ? t('guidelines.versionPublished', {
                        number: guideline.latestVersion.number,
                        date: formatDate(i18n.language, guideline.latestVersion.publishedAt),
                      })
                    : t('guidelines.onlyDraft')}
                </p>
                {changed > 0 && (
                  <p className="guideline-changed">
                    {t('guidelines.changedCount', { count: changed })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
