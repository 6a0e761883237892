// SPDX-License-Identifier: EUPL-1.2
import type { Ref } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

export interface FieldProps {
  /** The form field's name; the input's id is `field-<name>` so an ErrorSummary can link to it. */
  name: string;
  label: string;
  hint?: string;
  /** Shown under the label and tied to the input by aria-describedby; marks the input invalid. */
  error?: string;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: string;
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export const fieldId = (name: string) => `field-${name}`;

/**
 * One question per field, GOV.UK style: a visible label, an optional hint, the error message
 * above the input, all announced with it (React Aria wires aria-describedby and aria-invalid).
 */
export function Field({ name, label, hint, error, inputRef, ...props }: FieldProps) {
  return (
    <TextField
      className="field"
      name={name}
      id={fieldId(name)}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      {...props}
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Input className="field__input" ref={inputRef} />
    </TextField>
  );
}
