// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { CaseVocabularyQuery, SharingLevel, TopicKind } from '../../graphql/graphql';
import { ChoiceGroup } from './ChoiceGroup';
import type { CaseForm } from './case-form';
import {
  acknowledging,
  AttributionChoice,
  CountriesPicker,
  LanguageChoice,
  RecipientOrganisationsPicker,
  SharingLevelChoice,
} from './ContentFields';
import { OUTCOMES } from './library-filters';
import { MultiPicker } from './MultiPicker';
import { RecipientMemberPicker } from './RecipientMemberPicker';
import { ScreenedTextArea } from '../../components/screening/ScreenedTextArea';
import { CitationPicker } from '../guidelines/CitationPicker';

/** Every level; RED names its readers with the member picker. */
const EDITOR_LEVELS: readonly SharingLevel[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

interface FieldsProps {
  form: CaseForm;
  update: (patch: Partial<CaseForm>) => void;
  vocabulary: CaseVocabularyQuery;
  fieldError: (field: string) => string | undefined;
}

/** The case editor's questions, one per field, in the order an author tells the story. */
export function CaseEditorFields({ form, update, vocabulary, fieldError }: FieldsProps) {
  const { t } = useTranslation();
  const topics = (kind: TopicKind) => vocabulary.topics.filter((topic) => topic.kind === kind);
  const acknowledge = acknowledging(form, update);
  const text = (
    name: 'title' | 'summary' | 'context' | 'whatHappened' | 'lessonsLearned',
    rows: number,
    required = true,
  ) => (
    <ScreenedTextArea
      name={name}
      label={t(`cases.fields.${name}`) + (required ? '' : ` ${t('cases.editor.optional')}`)}
      hint={t(`cases.hints.${name}`)}
      error={fieldError(name)}
      value={form[name]}
      onChange={(value) => update({ [name]: value })}
      acknowledged={form.acknowledged}
      onAcknowledge={acknowledge}
      rows={rows}
      isRequired={required}
    />
  );

  return (
    <>
      {text('title', 2)}
      {text('summary', 3)}
      {text('context', 6)}
      {text('whatHappened', 6)}
      {text('lessonsLearned', 4, false)}
      <ChoiceGroup
        name="outcome"
        label={t('cases.fields.outcome')}
        error={fieldError('outcome')}
        value={form.outcome}
        options={OUTCOMES.map((value) => ({ value, label: t(`cases.outcome.${value}`) }))}
        onChange={(outcome) => update({ outcome })}
      />
      <Field
        name="year"
        label={t('cases.fields.year')}
        hint={t('cases.hints.year')}
        error={fieldError('year')}
        value={form.year}
        onChange={(year) => update({ year })}
        isRequired
      />
      <MultiPicker
        name="riskAreaIds"
        label={t('cases.topicKind.RISK_AREA')}
        hint={t('cases.hints.atLeastOne')}
        error={fieldError('riskAreaIds')}
        options={topics('RISK_AREA')}
        selected={form.riskAreaIds}
        onChange={(riskAreaIds) => update({ riskAreaIds })}
      />
      <MultiPicker
        name="collaborationTypeIds"
        label={t('cases.topicKind.COLLABORATION_TYPE')}
        hint={t('cases.hints.atLeastOne')}
        error={fieldError('collaborationTypeIds')}
        options={topics('COLLABORATION_TYPE')}
        selected={form.collaborationTypeIds}
        onChange={(collaborationTypeIds) => update({ collaborationTypeIds })}
      />
      <CountriesPicker
        label={t('cases.fields.countries')}
        error={fieldError('countryCodes')}
        countries={vocabulary.countries}
        selected={form.countryCodes}
        onChange={(countryCodes) => update({ countryCodes })}
      />
      <LanguageChoice
        label={t('cases.fields.language')}
        value={form.language}
        onChange={(language) => update({ language })}
      />
      <AttributionChoice
        label={t('cases.fields.attribution')}
        error={fieldError('attribution')}
        value={form.attribution}
        onChange={(attribution) => update({ attribution })}
      />
      <SharingLevelChoice
        label={t('cases.fields.sharingLevel')}
        hint={t('cases.hints.sharingLevel')}
        error={fieldError('sharingLevel')}
        value={form.sharingLevel}
        levels={EDITOR_LEVELS}
        explain={(level) => t(`cases.levelExplain.${level}`)}
        onChange={(sharingLevel) => update({ sharingLevel })}
      />
      {form.sharingLevel === 'AMBER' && (
        <RecipientOrganisationsPicker
          label={t('cases.fields.recipients')}
          hint={t('cases.hints.recipients')}
          error={fieldError('recipientOrganisationIds')}
          organisations={vocabulary.organisations}
          selected={form.recipientOrganisationIds}
          onChange={(recipientOrganisationIds) => update({ recipientOrganisationIds })}
        />
      )}
      {form.sharingLevel === 'RED' && (
        <RecipientMemberPicker
          label={t('cases.fields.recipientMembers')}
          hint={t('cases.hints.recipientMembers')}
          error={fieldError('recipientMemberIds')}
          selected={form.recipientMemberIds}
          names={form.recipientMemberNames}
          onChange={(recipientMemberIds, recipientMemberNames) =>
            update({ recipientMemberIds, recipientMemberNames })
          }
        />
      )}
      <CitationPicker
        name="citations"
        selected={form.citations}
        onChange={(citations) => update({ citations })}
      />
    </>
  );
}
