import type { ReactNode } from 'react';

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly swatch?: ReactNode;
}

/** A fieldset of "show this kind" checkboxes; `hidden` names what is unchecked. */
export function CheckboxGroup(props: {
  legend: string;
  options: readonly CheckboxOption[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const { legend, options, hidden, onChange } = props;
  const toggle = (value: string, show: boolean) =>
    onChange(show ? hidden.filter((v) => v !== value) : [...hidden, value]);
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      <div className="group-actions">
        <button type="button" className="link" onClick={() => onChange([])}>
          All
        </button>
        <button type="button" className="link" onClick={() => onChange(options.map((o) => o.value))}>
          None
        </button>
      </div>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={!hidden.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          {option.swatch}
          <span className="checkbox-label">{option.label}</span>
          <span className="count" aria-label={`${option.count} in the graph`}>
            {option.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
