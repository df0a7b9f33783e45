// Several options: checkboxes. "Unknown" and the other options exclude each other, so a
// list never says both "unknown" and something known.
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import type { CodebookText } from '../../../codebook/codebook-text';
import { nextSelection } from './multi-selection';

interface MultiChoiceFieldProps {
  field: CodebookField;
  value: string[] | null;
  text: CodebookText;
  describedBy: string;
  onChange: (value: string[] | null) => void;
}

export function MultiChoiceField({ field, value, text, describedBy, onChange }: MultiChoiceFieldProps) {
  const selected = value ?? [];
  const order = (field.options ?? []).map((o) => o.id);
  const options = (field.options ?? []).filter((o) => !o.deprecated || selected.includes(o.id));
  return (
    <div className="choice-options" lang={text.lang}>
      {options.map((option) => (
        <label key={option.id} className={option.deprecated ? 'choice choice-deprecated' : 'choice'}>
          <input
            type="checkbox"
            checked={selected.includes(option.id)}
            aria-describedby={describedBy}
            onChange={(e) => onChange(nextSelection(selected, option.id, e.target.checked, order))}
          />
          <span>{text.optionLabel(field, option.id)}</span>
        </label>
      ))}
    </div>
  );
}
