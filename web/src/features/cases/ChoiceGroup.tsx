// SPDX-License-Identifier: EUPL-1.2
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { fieldId } from '../../components/Field';

interface ChoiceGroupProps<T extends string> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: T | '';
  options: readonly { value: T; label: string; description?: string }[];
  onChange: (value: T) => void;
}

/** One choice from a few, as radio buttons with an optional plain-language line under each. */
export function ChoiceGroup<T extends string>({
  name,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <RadioGroup
      className="field choice-group"
      id={fieldId(name)}
      name={name}
      value={value || null}
      onChange={(next) => onChange(next as T)}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="radio">
          <span className="radio__label">{option.label}</span>
          {option.description && <span className="radio__hint">{option.description}</span>}
        </Radio>
      ))}
    </RadioGroup>
  );
}
