import { type InputHTMLAttributes, type Ref } from 'react';
import { FieldMessages, useFieldIds } from './FieldMessages';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and announced; marks the field invalid. */
  error?: string | null;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({ label, value, onChange, error, hint, inputRef, className, ...rest }: TextFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error, rest['aria-describedby']);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        id={id}
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
    </div>
  );
}
