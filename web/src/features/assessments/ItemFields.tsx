// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import {
  ANSWERS,
  emptyMitigation,
  itemField,
  LIMITS,
  RISKS,
  type ItemForm,
  type MitigationForm,
} from './assessment-form';
import { DateInput } from './DateInput';
import { TextAreaField } from './TextAreaField';

/**
 * One guideline question and the member's answer to it: the answer, a note, a risk rating and,
 * once a risk is rated, what will be done about it (each with an owner and a date).
 */
export function ItemFields({
  questionKey,
  question,
  item,
  onChange,
  fieldError,
}: {
  questionKey: string;
  question: string;
  item: ItemForm;
  onChange: (item: ItemForm) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const name = (part: string) => itemField(questionKey, part);
  const setMitigation = (index: number, patch: Partial<MitigationForm>) =>
    onChange({
      ...item,
      mitigations: item.mitigations.map((m, i) => (i === index ? { ...m, ...patch } : m)),
    });
  return (
    <fieldset className="assessment-item">
      <legend className="assessment-item__question">{question}</legend>
      <ChoiceGroup
        name={name('answer')}
        label={t('assessments.fields.answer')}
        value={item.answer}
        options={ANSWERS.map((value) => ({ value, label: t(`assessments.answer.${value}`) }))}
        onChange={(answer) => onChange({ ...item, answer })}
        error={fieldError(name('answer'))}
      />
      <TextAreaField
        name={name('note')}
        label={t('assessments.fields.note')}
        hint={t('assessments.hints.note', { max: LIMITS.note })}
        value={item.note}
        onChange={(note) => onChange({ ...item, note })}
        error={fieldError(name('note'))}
      />
      <SelectField
        name={name('risk')}
        label={t('assessments.fields.risk')}
        value={item.risk}
        emptyLabel={t('assessments.noRiskOption')}
        options={RISKS.map((value) => ({ value, label: t(`assessments.risk.${value}`) }))}
        onChange={(risk) => onChange({ ...item, risk: RISKS.find((r) => r === risk) ?? '' })}
        error={fieldError(name('risk'))}
      />
      {item.risk && (
        <div className="assessment-item__mitigations">
          <h4>{t('assessments.mitigations.title')}</h4>
          {fieldError(name('mitigations')) && (
            <p className="field__error">{fieldError(name('mitigations'))}</p>
          )}
          {item.mitigations.length === 0 && (
            <p className="hint">
              {item.risk === 'HIGH' || item.risk === 'UNACCEPTABLE'
                ? t('assessments.mitigations.neededHint')
                : t('assessments.mitigations.none')}
            </p>
          )}
          {item.mitigations.map((mitigation, index) => (
            <fieldset key={mitigation.key} className="assessment-mitigation">
              <legend>{t('assessments.mitigations.legend', { number: index + 1 })}</legend>
              <Field
                name={name(`mitigations.${index}.description`)}
                label={t('assessments.mitigations.description')}
                value={mitigation.description}
                onChange={(description) => setMitigation(index, { description })}
                error={fieldError(name(`mitigations.${index}.description`))}
              />
              <Field
                name={name(`mitigations.${index}.owner`)}
                label={t('assessments.mitigations.owner')}
                hint={t('assessments.mitigations.ownerHint')}
                value={mitigation.owner}
                onChange={(owner) => setMitigation(index, { owner })}
                error={fieldError(name(`mitigations.${index}.owner`))}
              />
              <DateInput
                name={name(`mitigations.${index}.dueOn`)}
                label={t('assessments.mitigations.dueOn')}
                value={mitigation.dueOn}
                onChange={(dueOn) => setMitigation(index, { dueOn })}
                error={fieldError(name(`mitigations.${index}.dueOn`))}
              />
              <Button
                className="button button--secondary"
                onPress={() =>
                  onChange({
                    ...item,
                    mitigations: item.mitigations.filter((_, i) => i !== index),
                  })
                }
              >
                {t('assessments.mitigations.remove', { number: index + 1 })}
              </Button>
            </fieldset>
          ))}
          {item.mitigations.length < LIMITS.mitigations && (
            <Button
              className="button button--secondary"
              onPress={() =>
                onChange({ ...item, mitigations: [...item.mitigations, emptyMitigation()] })
              }
            >
              {t('assessments.mitigations.add')}
            </Button>
          )}
        </div>
      )}
    </fieldset>
  );
}
