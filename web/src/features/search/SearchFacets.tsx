// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import type { SearchQuery } from '../../graphql/graphql';
import {
  hasSearchFilters,
  withFilter,
  withoutFilters,
  type FilterKey,
  type SearchState,
} from './search-params';

type Facets = SearchQuery['search']['facets'];
interface Option {
  value: string;
  label: string;
  count: number;
}

const TOPIC_FACETS = [
  ['riskAreas', 'RISK_AREA'],
  ['collaborationTypes', 'COLLABORATION_TYPE'],
  ['technologyAreas', 'TECHNOLOGY_AREA'],
  ['researchFields', 'RESEARCH_FIELD'],
] as const;

/**
 * The facets as filters: a checkbox group per facet, each value with its count over every hit
 * the viewer may read (the API counts nothing else). A value that is chosen stays listed, with
 * no hits, so it can be unchosen.
 */
export function SearchFacets({
  facets,
  state,
  onChange,
}: {
  facets: Facets;
  state: SearchState;
  onChange: (state: SearchState) => void;
}) {
  const { t } = useTranslation();
  const keep = (
    options: Option[],
    selected: readonly (string | number)[],
    label: (v: string) => string,
  ) => {
    const listed = new Set(options.map((o) => o.value));
    const missing = selected
      .map(String)
      .filter((value) => !listed.has(value))
      .map((value) => ({ value, label: label(value), count: 0 }));
    return [...options, ...missing];
  };
  const typeLabel = (v: string) => t(`search.type.${v}`);
  const outcomeLabel = (v: string) => t(`cases.outcome.${v}`);
  const levelLabel = (v: string) => t(`cases.level.${v}`);

  const groups: { key: FilterKey; id: string; label: string; options: Option[] }[] = [
    {
      key: 'types',
      id: 'types',
      label: t('search.facets.types'),
      options: keep(
        facets.types.map((f) => ({ value: f.value, label: typeLabel(f.value), count: f.count })),
        state.types,
        typeLabel,
      ),
    },
    ...TOPIC_FACETS.map(([field, kind]) => ({
      key: 'topics' as const,
      id: field,
      label: t(`cases.topicKind.${kind}`),
      options: facets[field].map((f) => ({
        value: f.topic.id,
        label: f.topic.name,
        count: f.count,
      })),
    })),
    {
      key: 'countries',
      id: 'countries',
      label: t('cases.fields.countries'),
      options: keep(
        facets.countries.map((f) => ({
          value: f.country.code,
          label: f.country.name,
          count: f.count,
        })),
        state.countries,
        (code) => code,
      ),
    },
    {
      key: 'outcomes',
      id: 'outcomes',
      label: t('cases.fields.outcome'),
      options: keep(
        facets.outcomes.map((f) => ({
          value: f.value,
          label: outcomeLabel(f.value),
          count: f.count,
        })),
        state.outcomes,
        outcomeLabel,
      ),
    },
    {
      key: 'years',
      id: 'years',
      label: t('cases.fields.year'),
      options: keep(
        facets.years.map((f) => ({
          value: String(f.value),
          label: String(f.value),
          count: f.count,
        })),
        state.years,
        String,
      ),
    },
    {
      key: 'levels',
      id: 'levels',
      label: t('cases.fields.sharingLevel'),
      options: keep(
        facets.sharingLevels.map((f) => ({
          value: f.value,
          label: levelLabel(f.value),
          count: f.count,
        })),
        state.levels,
        levelLabel,
      ),
    },
  ];

  const change = (key: FilterKey, groupValues: string[], options: Option[]) => {
    const own = new Set(options.map((o) => o.value));
    // Topics of every kind share one filter: keep the chosen topics of the other groups.
    const others = state[key].map(String).filter((v) => !own.has(v));
    const values = [...others, ...groupValues];
    onChange(
      key === 'years'
        ? withFilter(state, 'years', values.map(Number))
        : withFilter(state, key, values as SearchState[typeof key]),
    );
  };

  return (
    <section className="filters" aria-labelledby="facets-title">
      <h2 id="facets-title">{t('search.facets.title')}</h2>
      {groups
        .filter((group) => group.options.length > 0)
        .map((group) => (
          <CheckboxGroup
            key={group.id}
            className="checkbox-group"
            value={state[group.key]
              .map(String)
              .filter((v) => group.options.some((o) => o.value === v))}
            onChange={(values) => change(group.key, values, group.options)}
          >
            <Label className="field__label">{group.label}</Label>
            {group.options.map((option) => (
              <Checkbox key={option.value} value={option.value} className="checkbox">
                {t('search.facets.option', { label: option.label, count: option.count })}
              </Checkbox>
            ))}
          </CheckboxGroup>
        ))}
      {hasSearchFilters(state) && (
        <Button
          className="button button--secondary"
          onPress={() => onChange(withoutFilters(state))}
        >
          {t('search.facets.clear')}
        </Button>
      )}
    </section>
  );
}
