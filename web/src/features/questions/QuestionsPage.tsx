// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './questions.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useUrlFilters } from '../../app/url-filters';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { QuestionVocabularyQuery } from './documents';
import {
  hasQuestionFilters,
  questionFiltersFromParams,
  questionFiltersToParams,
  toQuestionFilter,
} from './question-filters';
import { QuestionFiltersForm } from './QuestionFiltersForm';
import { QuestionList } from './QuestionList';

/** `/questions`: every question the member may read, filtered through the URL. */
export function QuestionsPage() {
  const { t } = useTranslation();
  const [filters, changeFilters] = useUrlFilters(
    questionFiltersFromParams,
    questionFiltersToParams,
  );
  const [{ data, error }, refetch] = useQuery({ query: QuestionVocabularyQuery });
  return (
    <Page title={t('questions.list.title')}>
      <p className="actions">
        <Link className="button" to="/questions/new">
          {t('questions.list.ask')}
        </Link>
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
            <QuestionFiltersForm
              vocabulary={data}
              filters={filters}
              onChange={(next) => changeFilters(() => next)}
            />
          )}
        </div>
        <section className="library__results" aria-labelledby="results-title">
          <h2 id="results-title">{t('questions.list.resultsTitle')}</h2>
          <QuestionList
            filter={toQuestionFilter(filters)}
            empty={
              hasQuestionFilters(filters)
                ? t('questions.list.emptyFiltered')
                : t('questions.list.empty')
            }
          />
        </section>
      </div>
    </Page>
  );
}
