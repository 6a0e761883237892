import { useTranslation } from 'react-i18next';
import { ScreenedTextArea } from '../../components/screening/ScreenedTextArea';
import type { Finding } from '../../components/screening/findings';
import type { QuestionVocabularyQuery } from '../../graphql/graphql';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { MultiPicker } from '../cases/MultiPicker';
import { ATTRIBUTIONS, QUESTION_LEVELS, type QuestionForm } from './question-form';

interface FieldsProps {
  form: QuestionForm;
  update: (patch: Partial<QuestionForm>) => void;
  vocabulary: QuestionVocabularyQuery;
  fieldError: (field: string) => string | undefined;
}

/** The question form's fields, one question per field, in the order a person asks. */
export function QuestionFormFields({ form, update, vocabulary, fieldError }: FieldsProps) {
  const { t } = useTranslation();
  const acknowledge = (finding: Finding) =>
    update({ acknowledged: [...new Set([...form.acknowledged, finding.fingerprint])] });
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
      <MultiPicker
        name="countryCodes"
        label={t('questions.fields.countryCodes')}
        error={fieldError('countryCodes')}
        options={vocabulary.countries.map((c) => ({ id: c.code, name: c.name }))}
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
      <ChoiceGroup
        name="sharingLevel"
        label={t('questions.fields.sharingLevel')}
        hint={t('questions.hints.sharingLevel')}
        error={fieldError('sharingLevel')}
        value={form.sharingLevel}
        options={QUESTION_LEVELS.map((value) => ({
          value,
          label: t(`cases.level.${value}`),
          description: t(`questions.levelExplain.${value}`),
        }))}
        onChange={(sharingLevel) => update({ sharingLevel })}
      />
      {form.sharingLevel === 'AMBER' && (
        <MultiPicker
          name="recipientOrganisationIds"
          label={t('questions.fields.recipientOrganisationIds')}
          hint={t('questions.hints.recipientOrganisationIds')}
          error={fieldError('recipientOrganisationIds')}
          options={vocabulary.organisations}
          selected={form.recipientOrganisationIds}
          onChange={(recipientOrganisationIds) => update({ recipientOrganisationIds })}
        />
      )}
      <ChoiceGroup
        name="attribution"
        label={t('questions.fields.attribution')}
        error={fieldError('attribution')}
        value={form.attribution}
        options={ATTRIBUTIONS.map((value) => ({
          value,
          label: t(`cases.attribution.${value}`),
          description: t(`cases.attributionExplain.${value}`),
        }))}
        onChange={(attribution) => update({ attribution })}
      />
      <ChoiceGroup
        name="language"
        label={t('questions.fields.language')}
        value={form.language}
        options={[
          { value: 'SV' as const, label: t('cases.language.SV') },
          { value: 'EN' as const, label: t('cases.language.EN') },
        ]}
        onChange={(language) => update({ language })}
      />
    </>
  );
}
