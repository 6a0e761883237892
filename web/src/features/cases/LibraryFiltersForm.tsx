import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import type { CaseVocabularyQuery, TopicKind } from '../../graphql/graphql';
import { OUTCOMES, SHARING_LEVELS, hasFilters, type LibraryFilters } from './library-filters';
import { MultiPicker } from './MultiPicker';

const TOPIC_KINDS: readonly TopicKind[] = [
  'RISK_AREA',
  'COLLABORATION_TYPE',
  'TECHNOLOGY_AREA',
  'RESEARCH_FIELD',
];
const FIRST_YEAR = 2015;

/**
 * The library's filters: topics grouped by kind and countries (pickers), outcome, year and
 * sharing level (checkboxes). Every change applies at once and lands in the URL.
 */
export function LibraryFiltersForm({
  vocabulary,
  filters,
  onChange,
}: {
  vocabulary: CaseVocabularyQuery;
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
}) {
  const { t } = useTranslation();
  const topicsOf = (kind: TopicKind) => vocabulary.topics.filter((topic) => topic.kind === kind);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const setTopicsOfKind = (kind: TopicKind, ids: string[]) => {
    const other = filters.topics.filter((id) => !topicsOf(kind).some((topic) => topic.id === id));
    onChange({ ...filters, topics: [...other, ...ids] });
  };

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('cases.library.filtersTitle')}</h2>
      {TOPIC_KINDS.map((kind) => (
        <MultiPicker
          key={kind}
          name={`topic-${kind}`}
          label={t(`cases.topicKind.${kind}`)}
          options={topicsOf(kind)}
          selected={filters.topics.filter((id) => topicsOf(kind).some((topic) => topic.id === id))}
          onChange={(ids) => setTopicsOfKind(kind, ids)}
        />
      ))}
      <MultiPicker
        name="country"
        label={t('cases.fields.countries')}
        options={vocabulary.countries.map((c) => ({ id: c.code, name: c.name }))}
        selected={filters.countries}
        onChange={(countries) => onChange({ ...filters, countries })}
      />
      <CheckboxGroup
        className="checkbox-group"
        value={filters.outcomes}
        onChange={(values) =>
          onChange({ ...filters, outcomes: OUTCOMES.filter((o) => values.includes(o)) })
        }
      >
        <Label className="field__label">{t('cases.fields.outcome')}</Label>
        {OUTCOMES.map((outcome) => (
          <Checkbox key={outcome} value={outcome} className="checkbox">
            {t(`cases.outcome.${outcome}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        className="checkbox-group"
        value={filters.levels}
        onChange={(values) =>
          onChange({ ...filters, levels: SHARING_LEVELS.filter((l) => values.includes(l)) })
        }
      >
        <Label className="field__label">{t('cases.fields.sharingLevel')}</Label>
        {SHARING_LEVELS.map((level) => (
          <Checkbox key={level} value={level} className="checkbox">
            {t(`cases.level.${level}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <MultiPicker
        name="year"
        label={t('cases.fields.year')}
        options={years.map((year) => ({ id: String(year), name: String(year) }))}
        selected={filters.years.map(String)}
        onChange={(values) => onChange({ ...filters, years: values.map(Number) })}
      />
      {hasFilters(filters) && (
        <Button
          className="button button--secondary"
          onPress={() =>
            onChange({ topics: [], countries: [], outcomes: [], years: [], levels: [] })
          }
        >
          {t('cases.library.clearFilters')}
        </Button>
      )}
    </section>
  );
}
