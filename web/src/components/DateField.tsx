// SPDX-License-Identifier: EUPL-1.2
import { useId } from 'react';

/**
 * A native date input with a visible label, for filters: the browser's own date control is the
 * one keyboard and screen-reader users know. An emptied field reports '' (no limit).
 */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
