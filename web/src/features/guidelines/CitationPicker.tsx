// SPDX-License-Identifier: EUPL-1.2
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tag, TagGroup, TagList, type Key } from 'react-aria-components';
import { useQuery } from 'urql';
import { SelectField } from '../../components/SelectField';
import { graphql } from '../../graphql';
import { GuidelinesQuery } from './documents';
import { inLanguage } from './guideline-text';
import { MAX_CITATIONS, citationKey, type ChosenCitation } from './citation-choice';

/** A guideline's published versions, newest first, and the sections of the one chosen. */
const CitableVersionsQuery = graphql(`
  query CitableVersions($ref: String!, $number: Int!, $withSections: Boolean!) {
    guideline(ref: $ref) {
      id
      versions {
        id
        number
        status
      }
      version(number: $number) @include(if: $withSections) {
        id
        number
        titleSv
        titleEn
        sections {
          key
          headingSv
          headingEn
        }
      }
    }
  }
`);

interface CitationPickerProps {
  /** Prefix of the fields' ids, unique on the page (several editors may show at once). */
  name: string;
  selected: readonly ChosenCitation[];
  onChange: (citations: ChosenCitation[]) => void;
}

/**
 * Cite guideline sections (DOMAIN §13): choose a guideline, one of its published versions (the
 * newest unless another is chosen) and a section, and add it; the chosen ones are tags, each
 * removable with its button or Delete/Backspace. At most 20, as the API takes.
 */
export function CitationPicker({ name, selected, onChange }: CitationPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = useId();
  const [guidelineSlug, setGuidelineSlug] = useState('');
  const [versionNumber, setVersionNumber] = useState('');
  const [sectionKey, setSectionKey] = useState('');
  const [{ data: library }] = useQuery({ query: GuidelinesQuery });
  const guidelines = (library?.guidelines ?? []).filter((g) => g.latestVersion);
  const guideline = guidelines.find((g) => g.slug === guidelineSlug);
  const newest = guideline?.latestVersion?.number;
  const number = versionNumber ? Number(versionNumber) : newest;
  const [{ data: versions }] = useQuery({
    query: CitableVersionsQuery,
    variables: { ref: guidelineSlug, number: number ?? 0, withSections: number !== undefined },
    pause: !guideline,
  });
  const published = (versions?.guideline?.versions ?? [])
    .filter((v) => v.status === 'PUBLISHED')
    .sort((a, b) => b.number - a.number);
  const version = guideline ? versions?.guideline?.version : undefined;
  const sections = version?.number === number ? (version?.sections ?? []) : [];
  const section = sections.find((s) => s.key === sectionKey);
  const full = selected.length >= MAX_CITATIONS;

  function add() {
    if (!guideline || !version || !section || full) return;
    const chosen: ChosenCitation = {
      versionId: version.id,
      sectionKey: section.key,
      label: t('citations.link', {
        section: inLanguage(lang, section.headingSv, section.headingEn),
        guideline: inLanguage(lang, version.titleSv, version.titleEn),
        number: version.number,
      }),
    };
    if (!selected.some((c) => citationKey(c) === citationKey(chosen)))
      onChange([...selected, chosen]);
    setSectionKey('');
  }

  const remove = (keys: Set<Key>) => onChange(selected.filter((c) => !keys.has(citationKey(c))));

  return (
    <fieldset className="field citation-picker" aria-describedby={`${headingId}-hint`}>
      <legend className="field__label">{t('citations.picker.legend')}</legend>
      <p className="field__hint" id={`${headingId}-hint`}>
        {t('citations.picker.hint', { max: MAX_CITATIONS })}
      </p>
      <SelectField
        name={`${name}-guideline`}
        label={t('citations.picker.guideline')}
        value={guidelineSlug}
        emptyLabel={t('citations.picker.chooseGuideline')}
        options={guidelines.map((g) => ({
          value: g.slug,
          label: inLanguage(lang, g.latestVersion!.titleSv, g.latestVersion!.titleEn),
        }))}
        onChange={(slug) => {
          setGuidelineSlug(slug);
          setVersionNumber('');
          setSectionKey('');
        }}
      />
      {guideline && (
        <SelectField
          name={`${name}-version`}
          label={t('citations.picker.version')}
          value={String(number ?? '')}
          options={published.map((v) => ({
            value: String(v.number),
            label:
              v.number === newest
                ? t('citations.picker.newestVersion', { number: v.number })
                : t('citations.picker.versionNumber', { number: v.number }),
          }))}
          onChange={(value) => {
            setVersionNumber(value);
            setSectionKey('');
          }}
        />
      )}
      {guideline && (
        <SelectField
          name={`${name}-section`}
          label={t('citations.picker.section')}
          value={sectionKey}
          emptyLabel={t('citations.picker.chooseSection')}
          options={sections.map((s) => ({
            value: s.key,
            label: inLanguage(lang, s.headingSv, s.headingEn),
          }))}
          onChange={setSectionKey}
        />
      )}
      <p>
        <Button className="button button--secondary" isDisabled={!section || full} onPress={add}>
          {t('citations.picker.add')}
        </Button>
      </p>
      {full && <p className="field__hint">{t('citations.picker.full', { max: MAX_CITATIONS })}</p>}
      {selected.length > 0 && (
        <TagGroup className="tags" aria-label={t('citations.picker.chosen')} onRemove={remove}>
          <TagList
            items={selected.map((c) => ({ ...c, id: citationKey(c) }))}
            className="tags__list"
          >
            {(c) => (
              <Tag id={c.id} textValue={c.label} className="tag">
                {c.label}
                <Button
                  slot="remove"
                  className="tag__remove"
                  aria-label={t('citations.picker.remove', { name: c.label })}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </Tag>
            )}
          </TagList>
        </TagGroup>
      )}
    </fieldset>
  );
}
