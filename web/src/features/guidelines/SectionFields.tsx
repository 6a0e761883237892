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
}

export const emptySection = (): SectionDraft => ({
  key: '',
  headingSv: '',
  headingEn: '',
  bodySv: '',
  bodyEn: '',
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
  const set = (field: keyof SectionDraft) => (value: string) =>
    onChange({ ...section, [field]: value });
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
      <Button className="button button--secondary" onPress={onRemove}>
        {t('guidelineEditor.removeSection', { number: index + 1 })}
      </Button>
    </fieldset>
  );
}
