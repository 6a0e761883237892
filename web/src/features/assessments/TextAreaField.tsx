// SPDX-License-Identifier: EUPL-1.2
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { fieldId } from '../../components/Field';

/** A labelled multi-line text, GOV.UK style like Field (its id links from the error summary). */
export function TextAreaField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
  isRequired,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  isRequired?: boolean;
}) {
  return (
    <TextField
      className="field"
      id={fieldId(name)}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isRequired={isRequired}
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <TextArea className="field__input" rows={rows} />
    </TextField>
  );
}
