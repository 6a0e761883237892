// SPDX-License-Identifier: EUPL-1.2
import './cases.css';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { afterNextPaint } from '../../app/after-paint';
import { toApiProblem } from '../../app/errors';
import { useUrlFilters } from '../../app/url-filters';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { CaseList } from './CaseList';
import { CaseVocabularyQuery } from './documents';
import { filtersFromParams, filtersToParams, hasFilters, toCaseFilter } from './library-filters';

// The filters (five combo boxes, React Aria's popover and list machinery: a third of the page's
// code) load once the page has first been painted, beside the vocabulary they need: the first cases
// paint without waiting for them, and without their evaluation competing with the list's first
// render (issue 12, LCP).
let filtersForm: Promise<typeof import('./LibraryFiltersForm')> | undefined;
const loadFiltersForm = () => (filtersForm ??= import('./LibraryFiltersForm'));
const LibraryFiltersForm = lazy(async () => ({
  default: (await loadFiltersForm()).LibraryFiltersForm,
}));

/** The case library: every published case the member may read, filtered through the URL. */
export function CaseLibraryPage() {
  const { t } = useTranslation();
  const [filters, changeFilters] = useUrlFilters(filtersFromParams, filtersToParams);
  const [{ data, error }, refetch] = useQuery({ query: CaseVocabularyQuery });
  useEffect(
    () =>
      afterNextPaint(() => {
        void loadFiltersForm();
      }),
    [],
  );

  return (
    <Page title={t('cases.library.title')}>
      <p className="actions">
        <Link className="button" to="/cases/new">
          {t('cases.library.newCase')}
        </Link>{' '}
        <Link to="/cases/mine">{t('cases.library.myCases')}</Link>
      </p>
      <div className="library">
        <div className="library__filters">
          {error && !data ? (
            <ErrorState
              problem={toApiProblem(error)}
              onRetry={() => refetch({ requestPolicy: 'network-only' })}
            />
          ) : !data ? (
            <Loading />
          ) : (
            <Suspense fallback={<Loading />}>
              <LibraryFiltersForm vocabulary={data} filters={filters} onChange={changeFilters} />
            </Suspense>
          )}
        </div>
        <section className="library__results" aria-labelledby="results-title">
          <h2 id="results-title">{t('cases.library.resultsTitle')}</h2>
          <CaseList
            filter={toCaseFilter(filters)}
            empty={
              hasFilters(filters) ? t('cases.library.emptyFiltered') : t('cases.library.empty')
            }
          />
        </section>
      </div>
    </Page>
  );
}
