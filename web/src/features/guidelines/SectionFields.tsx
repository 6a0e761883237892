// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { Field } from '../../components/Field';

export interface SectionDraft {
  key: string;
  headingSv: string;
  headingEn: string;
  bodySv: string;
  bodyEn: string;
  /** The section's self-assessment questions (DOMAIN §15): stable key, Swedish and English. */
  questions: QuestionDraft[];
}

export interface QuestionDraft {
  key: string;
  textSv: string;
  textEn: string;
}

/** The API's limit of assessment questions per section. */
export const MAX_QUESTIONS = 30;

export const emptySection = (): SectionDraft => ({
  key: '',
  headingSv: '',
  headingEn: '',
  bodySv: '',
  bodyEn: '',
  questions: [],
});

/** One section of a draft: its stable key, headings and Markdown bodies in both languages. */
export function SectionFields({
  index,
  section,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  section: SectionDraft;
  errors: Record<string, string>;
  onChange: (section: SectionDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const name = (field: string) => `sections.${index}.${field}`;
  const set = (field: Exclude<keyof SectionDraft, 'questions'>) => (value: string) =>
    onChange({ ...section, [field]: value });
  const setQuestion = (at: number, patch: Partial<QuestionDraft>) =>
    onChange({
      ...section,
      questions: section.questions.map((q, i) => (i === at ? { ...q, ...patch } : q)),
    });
  return (
    <fieldset className="guideline-editor__section">
      <legend>{t('guidelineEditor.sectionLegend', { number: index + 1 })}</legend>
      <Field
        name={name('key')}
        label={t('guidelineEditor.key')}
        hint={t('guidelineEditor.keyHint')}
        value={section.key}
        onChange={set('key')}
        error={errors[name('key')]}
        isRequired
      />
      <Field
        name={name('headingSv')}
        label={t('guidelineEditor.headingSv')}
        value={section.headingSv}
        onChange={set('headingSv')}
        error={errors[name('headingSv')]}
        isRequired
      />
      <Field
        name={name('headingEn')}
        label={t('guidelineEditor.headingEn')}
        value={section.headingEn}
        onChange={set('headingEn')}
        error={errors[name('headingEn')]}
        isRequired
      />
      {(['bodySv', 'bodyEn'] as const).map((field) => (
        <TextField
          key={field}
          className="field"
          id={`field-${name(field)}`}
          value={section[field]}
          onChange={set(field)}
          isInvalid={Boolean(errors[name(field)])}
          validationBehavior="aria"
          isRequired
        >
          <Label className="field__label">{t(`guidelineEditor.${field}`)}</Label>
          <Text slot="description" className="field__hint">
            {t('guidelineEditor.markdownHint')}
          </Text>
          <FieldError className="field__error">{errors[name(field)]}</FieldError>
          <TextArea className="field__input" rows={5} />
        </TextField>
      ))}
      <div className="guideline-editor__questions">
        <h3 className="field__label">{t('guidelineEditor.questions')}</h3>
        <p className="field__hint">{t('guidelineEditor.questionsHint')}</p>
        {section.questions.map((question, at) => {
          const qName = (field: string) => name(`questions.${at}.${field}`);
          return (
            <fieldset key={at} className="guideline-editor__question">
              <legend>
                {t('guidelineEditor.questionLegend', { number: at + 1, section: index + 1 })}
              </legend>
              <Field
                name={qName('key')}
                label={t('guidelineEditor.questionKey')}
                hint={t('guidelineEditor.keyHint')}
                value={question.key}
                onChange={(key) => setQuestion(at, { key })}
                error={errors[qName('key')]}
                isRequired
              />
              <Field
                name={qName('textSv')}
                label={t('guidelineEditor.questionTextSv')}
                value={question.textSv}
                onChange={(textSv) => setQuestion(at, { textSv })}
                error={errors[qName('textSv')]}
                isRequired
              />
              <Field
                name={qName('textEn')}
                label={t('guidelineEditor.questionTextEn')}
                value={question.textEn}
                onChange={(textEn) => setQuestion(at, { textEn })}
                error={errors[qName('textEn')]}
                isRequired
              />
              <Button
                className="button button--secondary"
                onPress={() =>
                  onChange({ ...section, questions: section.questions.filter((_, i) => i !== at) })
                }
              >
                {t('guidelineEditor.removeQuestion', { number: at + 1, section: index + 1 })}
              </Button>
            </fieldset>
          );
        })}
        {section.questions.length < MAX_QUESTIONS && (
          <Button
            className="button button--secondary"
            onPress={() =>
              onChange({
                ...section,
                questions: [...section.questions, { key: '', textSv: '', textEn: '' }],
              })
            }
          >
            {t('guidelineEditor.addQuestion', { section: index + 1 })}
          </Button>
        )}
      </div>
      <Button className="button button--secondary" onPress={onRemove}>
        {t('guidelineEditor.removeSection', { number: index + 1 })}
      </Button>
    </fieldset>
  );
}
