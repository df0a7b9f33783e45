import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { optionRow, type OptionRow } from './field-form';

interface OptionRowsEditorProps {
  rows: OptionRow[];
  onChange: (rows: OptionRow[]) => void;
  /** The problem at a control ('options', 'option.<i>.id', 'option.<i>.label'). */
  problemAt: (at: string) => string | null;
}

/** The options of a new choice field, one row of id and label each. */
export function OptionRowsEditor({ rows, onChange, problemAt }: OptionRowsEditorProps) {
  const { t } = useTranslation();
  const idInputs = useRef(new Map<number, HTMLInputElement>());
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listError = problemAt('options');

  // A new row takes the focus, so options can be typed one after another from the keyboard.
  useEffect(() => {
    if (focusKey !== null) idInputs.current.get(focusKey)?.focus();
  }, [focusKey]);

  const update = (key: number, patch: Partial<OptionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const row = optionRow();
    onChange([...rows, row]);
    setFocusKey(row.key);
  };
  const remove = (key: number) => {
    onChange(rows.filter((r) => r.key !== key));
    addRef.current?.focus();
  };

  return (
    <fieldset className="cb-option-rows">
      <legend>{t('codebookAdmin.addField.options')}</legend>
      <p className="field-hint">{t('codebookAdmin.addField.optionsHint')}</p>
      {listError && (
        <p className="field-error" role="alert">
          {listError}
        </p>
      )}
      <ol className="cb-option-row-list">
        {rows.map((row, i) => (
          <li key={row.key} className="field-row">
            <TextField
              className="cb-option-id"
              label={t('codebookAdmin.addField.optionId', { n: i + 1 })}
              value={row.id}
              onChange={(id) => update(row.key, { id })}
              error={problemAt(`option.${i}.id`)}
              inputRef={(el) => {
                if (el) idInputs.current.set(row.key, el);
                else idInputs.current.delete(row.key);
              }}
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
            />
            <TextField
              className="field-grow"
              label={t('codebookAdmin.addField.optionLabel', { n: i + 1 })}
              value={row.label}
              onChange={(label) => update(row.key, { label })}
              error={problemAt(`option.${i}.label`)}
              autoComplete="off"
              maxLength={500}
            />
            <button type="button" className="field-row-button" onClick={() => remove(row.key)} disabled={rows.length <= 1}>
              {t('codebookAdmin.addField.removeOption')}
              <span className="visually-hidden"> {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" ref={addRef} onClick={add}>
        {t('codebookAdmin.addField.addOptionRow')}
      </button>
    </fieldset>
  );
}
