import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook, FieldScope } from '../../../../shared/codebook/codebook-schema';
import type { CodebookText } from '../../codebook/codebook-text';
import { SelectField } from '../../components/SelectField';
import { conditionCandidates } from './field-form';

interface AppliesWhenFieldsProps {
  codebook: Codebook;
  text: CodebookText;
  scope: FieldScope;
  fieldId: string;
  optionIds: readonly string[];
  error: string | null;
  onChange: (fieldId: string, optionIds: string[]) => void;
}

/**
 * "Applies only when": a new field can depend on a choice field of the same record, so the form
 * hides it and completeness does not count it unless the condition holds (issue 4 §3).
 */
export function AppliesWhenFields({ codebook, text, scope, fieldId, optionIds, error, onChange }: AppliesWhenFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const candidates = useMemo(() => conditionCandidates(codebook, scope), [codebook, scope]);
  const condition = candidates.find((f) => f.id === fieldId);
  const toggle = (optionId: string, on: boolean) =>
    onChange(fieldId, on ? [...optionIds, optionId] : optionIds.filter((o) => o !== optionId));

  return (
    <div className="cb-applies-when">
      <SelectField
        label={t('codebookAdmin.addField.appliesWhen')}
        value={fieldId}
        onChange={(next) => onChange(next, [])}
        options={[{ value: '', label: t('codebookAdmin.addField.appliesAlways') }, ...candidates.map((f) => ({ value: f.id, label: text.fieldLabel(f), lang: text.lang }))]}
      />
      {condition && (
        <fieldset className="cb-radio-group" aria-describedby={error ? `${id}-error` : undefined}>
          <legend>{t('codebookAdmin.addField.appliesOptions', { field: text.fieldLabel(condition) })}</legend>
          {(condition.options ?? [])
            .filter((o) => !o.deprecated)
            .map((o) => (
              <label key={o.id} className="checkbox" lang={text.lang}>
                <input type="checkbox" checked={optionIds.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                {text.optionLabel(condition, o.id)}
              </label>
            ))}
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
