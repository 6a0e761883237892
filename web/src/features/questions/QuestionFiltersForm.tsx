// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'react-aria-components';
import type { QuestionVocabularyQuery } from '../../graphql/graphql';
import { MultiPicker } from '../cases/MultiPicker';
import { NO_FILTERS, hasQuestionFilters, type QuestionFilters } from './question-filters';

/**
 * The filters the API offers for questions: topics, countries, the authority asked, only mine,
 * only unanswered. Every change applies at once and lands in the URL.
 */
export function QuestionFiltersForm({
  vocabulary,
  filters,
  onChange,
}: {
  vocabulary: QuestionVocabularyQuery;
  filters: QuestionFilters;
  onChange: (filters: QuestionFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('questions.list.filtersTitle')}</h2>
      <Checkbox
        className="checkbox"
        isSelected={filters.mine}
        onChange={(mine) => onChange({ ...filters, mine })}
      >
        {t('questions.filters.mine')}
      </Checkbox>
      <Checkbox
        className="checkbox"
        isSelected={filters.unanswered}
        onChange={(unanswered) => onChange({ ...filters, unanswered })}
      >
        {t('questions.filters.unanswered')}
      </Checkbox>
      <MultiPicker
        name="filter-topics"
        label={t('questions.filters.topics')}
        options={vocabulary.topics}
        selected={filters.topics}
        onChange={(topics) => onChange({ ...filters, topics })}
      />
      <MultiPicker
        name="filter-countries"
        label={t('questions.filters.countries')}
        options={vocabulary.countries.map((c) => ({ id: c.code, name: c.name }))}
        selected={filters.countries}
        onChange={(countries) => onChange({ ...filters, countries })}
      />
      <MultiPicker
        name="filter-directed"
        label={t('questions.filters.directedTo')}
        options={vocabulary.organisations.filter((o) => o.acceptsQuestions)}
        selected={filters.directedTo}
        onChange={(directedTo) => onChange({ ...filters, directedTo })}
      />
      {hasQuestionFilters(filters) && (
        <Button className="button button--secondary" onPress={() => onChange(NO_FILTERS)}>
          {t('questions.list.clearFilters')}
        </Button>
      )}
    </section>
  );
}
