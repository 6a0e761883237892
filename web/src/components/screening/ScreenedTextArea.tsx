// SPDX-License-Identifier: EUPL-1.2
import './screening.css';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { fieldId } from '../Field';
import { FindingsList } from './FindingsList';
import { removeFinding, type Finding } from './findings';
import { useScreening } from './useScreening';

interface ScreenedTextAreaProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  acknowledged: readonly string[];
  onAcknowledge: (finding: Finding) => void;
  /** A single line (title) rather than a text area. */
  rows?: number;
  isRequired?: boolean;
}

/**
 * A text field screened for personal data while the author types: the findings appear under it,
 * tied to it by aria-describedby, with Remove (edits this text) and Acknowledge.
 */
export function ScreenedTextArea({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  acknowledged,
  onAcknowledge,
  rows = 6,
  isRequired,
}: ScreenedTextAreaProps) {
  const screening = useScreening(value);
  // Findings for older text are shown only while they still match it.
  const findings =
    screening.screened === value
      ? screening.findings
      : screening.findings.filter((f) => value.slice(f.start, f.end) === f.text);
  return (
    <div className="screened">
      <TextField
        className="field"
        name={name}
        id={fieldId(name)}
        value={value}
        onChange={onChange}
        isInvalid={Boolean(error)}
        isRequired={isRequired}
        validationBehavior="aria"
        aria-describedby={`findings-${name}`}
      >
        <Label className="field__label">{label}</Label>
        {hint && (
          <Text slot="description" className="field__hint">
            {hint}
          </Text>
        )}
        <FieldError className="field__error">{error}</FieldError>
        <TextArea className="field__input field__textarea" rows={rows} />
      </TextField>
      <FindingsList
        label={label}
        fieldName={name}
        text={value}
        findings={findings}
        acknowledged={acknowledged}
        onRemove={(finding) => onChange(removeFinding(value, finding))}
        onAcknowledge={onAcknowledge}
      />
    </div>
  );
}
