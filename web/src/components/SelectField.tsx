// SPDX-License-Identifier: EUPL-1.2
import { useId } from 'react';

export interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The first option, meaning "no choice" (e.g. "All organisations"); none when absent. */
  emptyLabel?: string;
  name?: string;
  error?: string;
}

/**
 * A native select with a visible label: filters and short choices, where the browser's own
 * control is the most familiar one for keyboard and screen-reader users.
 */
export function SelectField({
  label,
  value,
  onChange,
  options,
  emptyLabel,
  name,
  error,
}: SelectFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={name ? `field-${name}` : id}>
        {label}
      </label>
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
      <select
        id={name ? `field-${name}` : id}
        name={name}
        className="field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
