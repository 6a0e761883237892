// SPDX-License-Identifier: EUPL-1.2
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import type { CaseVocabularyQuery, TopicKind } from '../../graphql/graphql';
import { OUTCOMES, SHARING_LEVELS, hasFilters, type LibraryFilters } from './library-filters';
import type { FiltersChange } from '../../app/url-filters';
import { MultiPicker, type PickerOption } from './MultiPicker';

const TOPIC_KINDS: readonly TopicKind[] = [
  'RISK_AREA',
  'COLLABORATION_TYPE',
  'TECHNOLOGY_AREA',
  'RESEARCH_FIELD',
];
const FIRST_YEAR = 2015;

const NO_FILTERS: LibraryFilters = {
  topics: [],
  countries: [],
  outcomes: [],
  years: [],
  levels: [],
};

/**
 * The library's filters: topics grouped by kind and countries (pickers), outcome, year and
 * sharing level (checkboxes). Every change applies at once and lands in the URL. The pickers'
 * options and change handlers keep their identity across renders, so a change re-renders only
 * the control whose value changed (the country picker alone lists some 250 countries).
 */
export function LibraryFiltersForm({
  vocabulary,
  filters,
  onChange,
}: {
  vocabulary: CaseVocabularyQuery;
  filters: LibraryFilters;
  /** Applies a change to the current filters (see useUrlFilters). */
  onChange: (change: FiltersChange<LibraryFilters>) => void;
}) {
  const { t } = useTranslation();
  const topicsByKind = useMemo(
    () =>
      new Map(
        TOPIC_KINDS.map((kind) => [
          kind,
          vocabulary.topics.filter((topic) => topic.kind === kind) as PickerOption[],
        ]),
      ),
    [vocabulary.topics],
  );
  const countries = useMemo(
    () => vocabulary.countries.map((c) => ({ id: c.code, name: c.name })),
    [vocabulary.countries],
  );
  const years = useMemo(() => {
    const thisYear = new Date().getFullYear();
    return Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => {
      const year = String(thisYear - i);
      return { id: year, name: year };
    });
  }, []);
  const handlers = useMemo(
    () => ({
      topics: new Map(
        TOPIC_KINDS.map((kind) => {
          const ofKind = new Set(topicsByKind.get(kind)!.map((topic) => topic.id));
          const set = (ids: string[]) =>
            onChange((current) => ({
              ...current,
              topics: [...current.topics.filter((id) => !ofKind.has(id)), ...ids],
            }));
          return [kind, set];
        }),
      ),
      countries: (countries: string[]) => onChange((current) => ({ ...current, countries })),
      years: (values: string[]) =>
        onChange((current) => ({ ...current, years: values.map(Number) })),
    }),
    [onChange, topicsByKind],
  );

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('cases.library.filtersTitle')}</h2>
      {TOPIC_KINDS.map((kind) => (
        <MultiPicker
          key={kind}
          name={`topic-${kind}`}
          label={t(`cases.topicKind.${kind}`)}
          options={topicsByKind.get(kind)!}
          selected={filters.topics.filter((id) =>
            topicsByKind.get(kind)!.some((topic) => topic.id === id),
          )}
          onChange={handlers.topics.get(kind)!}
        />
      ))}
      <MultiPicker
        name="country"
        label={t('cases.fields.countries')}
        options={countries}
        selected={filters.countries}
        onChange={handlers.countries}
      />
      <CheckboxGroup
        className="checkbox-group"
        value={filters.outcomes}
        onChange={(values) =>
          onChange((current) => ({
            ...current,
            outcomes: OUTCOMES.filter((o) => values.includes(o)),
          }))
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
          onChange((current) => ({
            ...current,
            levels: SHARING_LEVELS.filter((l) => values.includes(l)),
          }))
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
        options={years}
        selected={filters.years.map(String)}
        onChange={handlers.years}
      />
      {hasFilters(filters) && (
        <Button className="button button--secondary" onPress={() => onChange(() => NO_FILTERS)}>
          {t('cases.library.clearFilters')}
        </Button>
      )}
    </section>
  );
}
