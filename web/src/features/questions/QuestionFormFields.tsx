// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { ScreenedTextArea } from '../../components/screening/ScreenedTextArea';
import type { QuestionVocabularyQuery } from '../../graphql/graphql';
import {
  acknowledging,
  AttributionChoice,
  CountriesPicker,
  LanguageChoice,
  RecipientOrganisationsPicker,
  SharingLevelChoice,
} from '../cases/ContentFields';
import { MultiPicker } from '../cases/MultiPicker';
import { CitationPicker } from '../guidelines/CitationPicker';
import { QUESTION_LEVELS, type QuestionForm } from './question-form';

interface FieldsProps {
  form: QuestionForm;
  update: (patch: Partial<QuestionForm>) => void;
  vocabulary: QuestionVocabularyQuery;
  fieldError: (field: string) => string | undefined;
}

/** The question form's fields, one question per field, in the order a person asks. */
export function QuestionFormFields({ form, update, vocabulary, fieldError }: FieldsProps) {
  const { t } = useTranslation();
  const acknowledge = acknowledging(form, update);
  const authorities = vocabulary.organisations.filter((o) => o.acceptsQuestions);
  return (
    <>
      <ScreenedTextArea
        name="title"
        label={t('questions.fields.title')}
        hint={t('questions.hints.title')}
        error={fieldError('title')}
        value={form.title}
        onChange={(title) => update({ title })}
        acknowledged={form.acknowledged}
        onAcknowledge={acknowledge}
        rows={2}
        isRequired
      />
      <ScreenedTextArea
        name="body"
        label={t('questions.fields.body')}
        hint={t('questions.hints.body')}
        error={fieldError('body')}
        value={form.body}
        onChange={(body) => update({ body })}
        acknowledged={form.acknowledged}
        onAcknowledge={acknowledge}
        rows={8}
        isRequired
      />
      <MultiPicker
        name="topicIds"
        label={t('questions.fields.topicIds')}
        hint={t('questions.hints.topicIds')}
        error={fieldError('topicIds')}
        options={vocabulary.topics}
        selected={form.topicIds}
        onChange={(topicIds) => update({ topicIds })}
      />
      <CountriesPicker
        label={t('questions.fields.countryCodes')}
        error={fieldError('countryCodes')}
        countries={vocabulary.countries}
        selected={form.countryCodes}
        onChange={(countryCodes) => update({ countryCodes })}
      />
      <MultiPicker
        name="directedToIds"
        label={t('questions.fields.directedToIds')}
        hint={t('questions.hints.directedToIds')}
        error={fieldError('directedToIds')}
        options={authorities}
        selected={form.directedToIds}
        onChange={(directedToIds) => update({ directedToIds })}
      />
      <SharingLevelChoice
        label={t('questions.fields.sharingLevel')}
        hint={t('questions.hints.sharingLevel')}
        error={fieldError('sharingLevel')}
        value={form.sharingLevel}
        levels={QUESTION_LEVELS}
        explain={(level) => t(`questions.levelExplain.${level}`)}
        onChange={(sharingLevel) => update({ sharingLevel })}
      />
      {form.sharingLevel === 'AMBER' && (
        <RecipientOrganisationsPicker
          label={t('questions.fields.recipientOrganisationIds')}
          hint={t('questions.hints.recipientOrganisationIds')}
          error={fieldError('recipientOrganisationIds')}
          organisations={vocabulary.organisations}
          selected={form.recipientOrganisationIds}
          onChange={(recipientOrganisationIds) => update({ recipientOrganisationIds })}
        />
      )}
      <AttributionChoice
        label={t('questions.fields.attribution')}
        error={fieldError('attribution')}
        value={form.attribution}
        onChange={(attribution) => update({ attribution })}
      />
      <LanguageChoice
        label={t('questions.fields.language')}
        value={form.language}
        onChange={(language) => update({ language })}
      />
      <CitationPicker
        name="citations"
        selected={form.citations ?? []}
        onChange={(citations) => update({ citations })}
      />
    </>
  );
}
