// Choosing the table's columns: every field of the current codebook, grouped by stage, with
// a search over the localized labels. The choice lives in component state only.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { CodebookText } from '../../codebook/codebook-text';
import { MAX_COLUMNS } from './table-model';

interface ColumnPickerProps {
  codebook: Codebook;
  text: CodebookText;
  selected: readonly string[];
  onChange: (fieldIds: string[]) => void;
}

export function ColumnPicker({ codebook, text, selected, onChange }: ColumnPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const panelId = useId();
  const searchId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const needle = search.trim().toLocaleLowerCase();
  const full = selected.length >= MAX_COLUMNS;
  const toggle = (id: string) => {
    if (selected.includes(id)) {
      // The server needs at least one column; the last one cannot be removed.
      if (selected.length > 1) onChange(selected.filter((f) => f !== id));
    } else if (!full) {
      onChange([...selected, id]);
    }
  };
  const groups = codebook.stages
    .map((stage) => ({
      stage,
      fields: stage.fields.filter((f) => !f.deprecated && (needle === '' || text.fieldLabel(f).toLocaleLowerCase().includes(needle) || f.id.includes(needle))),
    }))
    .filter((g) => g.fields.length > 0);

  return (
    <div className="column-picker">
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => (open ? close() : setOpen(true))}>
        {t('table.columns', { count: selected.length })}
      </button>
      {open && (
        <div id={panelId} className="column-picker-panel" role="dialog" aria-label={t('table.columnPicker')} onKeyDown={onKeyDown}>
          <div className="field">
            <label htmlFor={searchId}>{t('table.columnSearch')}</label>
            <input ref={searchRef} id={searchId} type="search" value={search} maxLength={100} autoComplete="off" spellCheck={false} onChange={(e) => setSearch(e.target.value)} />
            {full && <p className="field-hint">{t('table.columnLimit', { max: MAX_COLUMNS })}</p>}
          </div>
          {groups.length === 0 && <p className="muted">{t('table.columnNoMatch')}</p>}
          {groups.map(({ stage, fields }) => (
            <fieldset key={stage.id}>
              <legend lang={text.lang}>{text.stageLabel(stage)}</legend>
              {fields.map((field) => {
                const checked = selected.includes(field.id);
                return (
                  <label key={field.id} lang={text.lang}>
                    <input type="checkbox" checked={checked} disabled={checked ? selected.length <= 1 : full} onChange={() => toggle(field.id)} />
                    {text.fieldLabel(field)}
                  </label>
                );
              })}
            </fieldset>
          ))}
          <button type="button" className="button-primary" onClick={close}>
            {t('table.done')}
          </button>
        </div>
      )}
    </div>
  );
}
