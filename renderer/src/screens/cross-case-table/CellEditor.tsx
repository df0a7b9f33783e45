// The in-place editor of one case value: a select, a checkbox list, or a text box. It owns
// the draft, so a refused save (invalid value, conflict, vault error) never loses what was typed.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../shared/codebook/codebook-schema';
import { editorKind, offeredOptions, type Draft } from './cell-edit';

export type CommitMove = 'stay' | 'right';

interface CellEditorProps {
  field: CodebookField;
  initial: Draft;
  label: string;
  optionLabel: (optionId: string) => string;
  /** Resolves to an error to show inline, or null when saved. */
  onCommit: (draft: Draft, move: CommitMove) => Promise<string | null>;
  onCancel: () => void;
}

export function CellEditor({ field, initial, label, optionLabel, onCommit, onCancel }: CellEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const hintId = useId();
  const firstRef = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const multiRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = firstRef.current ?? multiRef.current?.querySelector<HTMLInputElement>('input');
    el?.focus();
    if (el instanceof HTMLInputElement && el.type === 'text') el.select();
  }, []);

  const commit = async (move: CommitMove) => {
    if (busy) return;
    setBusy(true);
    const problem = await onCommit(draft, move);
    // On success the editor is unmounted by its owner; only a refusal comes back here.
    if (problem !== null) {
      setError(problem);
      setBusy(false);
    }
  };

  // Keys are handled here and stopped, so the grid's own navigation never sees them.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const multi = draft.kind === 'multi';
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !event.ctrlKey) {
      event.preventDefault();
      event.stopPropagation();
      void commit('stay');
    } else if (event.key === 'Tab' && !event.shiftKey && !multi) {
      event.preventDefault();
      event.stopPropagation();
      void commit('right');
    } else {
      event.stopPropagation();
    }
  };

  const invalid = error !== null;
  const describedBy = [invalid ? errorId : null, hintId].filter(Boolean).join(' ');
  const errorBox = error && (
    <p id={errorId} className="table-edit-error" role="alert">
      {error}
    </p>
  );
  const kind = editorKind(field);

  if (draft.kind === 'choice') {
    return (
      <>
        <select
          ref={firstRef}
          className="table-editor"
          aria-label={label}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          value={draft.option}
          disabled={busy}
          onChange={(e) => setDraft({ kind: 'choice', option: e.target.value })}
          onKeyDown={onKeyDown}
        >
          <option value="">{t('table.clearOption')}</option>
          {offeredOptions(field, [draft.option]).map((id) => (
            <option key={id} value={id}>
              {optionLabel(id)}
            </option>
          ))}
        </select>
        {errorBox}
      </>
    );
  }

  if (draft.kind === 'multi') {
    const selected = draft.options;
    return (
      <div ref={multiRef} className="table-multi" role="group" aria-label={label} aria-describedby={describedBy} onKeyDown={onKeyDown}>
        {offeredOptions(field, selected).map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={selected.includes(id)}
              disabled={busy}
              onChange={() => setDraft({ kind: 'multi', options: selected.includes(id) ? selected.filter((o) => o !== id) : [...selected, id] })}
            />
            {optionLabel(id)}
          </label>
        ))}
        <p id={hintId} className="table-multi-hint">
          {t('table.multiHint')}
        </p>
        {errorBox}
      </div>
    );
  }

  return (
    <>
      <input
        ref={firstRef}
        className="table-editor"
        type="text"
        inputMode={kind === 'number' ? 'decimal' : undefined}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        value={draft.text}
        readOnly={busy}
        spellCheck={field.type === 'free_text'}
        autoComplete="off"
        onChange={(e) => setDraft({ kind: 'text', text: e.target.value })}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="visually-hidden">
        {field.type === 'date' ? t('table.textHint') : ''}
      </span>
      {errorBox}
    </>
  );
}
