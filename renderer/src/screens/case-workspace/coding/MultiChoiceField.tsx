// Several options: checkboxes. "Unknown" and the other options exclude each other, so a
// list never says both "unknown" and something known.
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import { UNKNOWN_VALUE } from '../../../../../shared/codebook/validate-value';
import type { CodebookText } from '../../../codebook/codebook-text';

interface MultiChoiceFieldProps {
  field: CodebookField;
  value: string[] | null;
  text: CodebookText;
  describedBy: string;
  onChange: (value: string[] | null) => void;
}

export function nextSelection(current: readonly string[], optionId: string, checked: boolean, order: readonly string[]): string[] | null {
  let next = checked ? [...current, optionId] : current.filter((id) => id !== optionId);
  if (checked) next = optionId === UNKNOWN_VALUE ? [UNKNOWN_VALUE] : next.filter((id) => id !== UNKNOWN_VALUE);
  // Kept in the codebook's order, so the same choice is always the same stored list.
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return next.length === 0 ? null : next;
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
