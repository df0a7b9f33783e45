// One option of several: native radios sharing a name, so the group is a single Tab stop
// and the arrow keys move and choose (the fastest keyboard coding there is).
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import type { CodebookText } from '../../../codebook/codebook-text';

interface ChoiceFieldProps {
  name: string;
  field: CodebookField;
  value: string | null;
  text: CodebookText;
  describedBy: string;
  onChange: (value: string) => void;
}

export function ChoiceField({ name, field, value, text, describedBy, onChange }: ChoiceFieldProps) {
  // A deprecated option stays visible only where it is the stored value.
  const options = (field.options ?? []).filter((o) => !o.deprecated || o.id === value);
  return (
    <div className="choice-options" lang={text.lang}>
      {options.map((option) => (
        <label key={option.id} className={option.deprecated ? 'choice choice-deprecated' : 'choice'}>
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            aria-describedby={describedBy}
            onChange={() => onChange(option.id)}
          />
          <span>{text.optionLabel(field, option.id)}</span>
        </label>
      ))}
    </div>
  );
}
