import type { FieldEntry } from './stage-view';
import { CodedValue } from './CodedValue';

/** The fields of one stage (or of one person in it) with their values, labels from the codebook. */
export function FieldValueList({ entries }: { entries: readonly FieldEntry[] }) {
  return (
    <dl className="field-values">
      {entries.map(({ field, coding }) => (
        <div key={field.id} className="field-value-row">
          <dt>{field.label}</dt>
          <dd>
            <CodedValue field={field} coding={coding} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
