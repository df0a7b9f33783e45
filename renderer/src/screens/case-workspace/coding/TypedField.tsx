// Numbers, durations, dates and free text: what is typed is a draft until it parses, then it
// is saved after a short pause, on Enter and on leaving the field (autosave, issue 4 §2). A
// draft that does not parse stays in the box with the reason, and nothing is saved.
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import { UNKNOWN_VALUE, type CodingValue } from '../../../../../shared/codebook/validate-value';
import { useUnsavedForm } from '../../../session/unsaved-forms';
import { parseDateInput, parseNumberInput, type Parsed } from './parse-input';
import { parseProblemText } from './problem-text';

const AUTOSAVE_PAUSE_MS = 800;

interface TypedFieldProps {
  id: string;
  field: CodebookField;
  value: CodingValue | null;
  unknownText: string;
  describedBy: string;
  masked: boolean;
  onCommit: (value: CodingValue | null) => void;
  /** Called with every parseable draft, so a lock before the pause does not lose it. */
  onHold: (value: CodingValue | null) => void;
  onParseProblem: (message: string | null) => void;
}

function display(field: CodebookField, value: CodingValue | null, unknownText: string): string {
  if (value === null) return '';
  if (value === UNKNOWN_VALUE) return unknownText;
  return String(value);
}

function parse(field: CodebookField, text: string, unknownText: string): Parsed<CodingValue> {
  if (text.trim() === unknownText) return { ok: true, value: UNKNOWN_VALUE };
  if (field.type === 'number' || field.type === 'duration') return parseNumberInput(text);
  if (field.type === 'date') return parseDateInput(text);
  return { ok: true, value: text.trim() === '' ? null : text };
}

export function TypedField({ id, field, value, unknownText, describedBy, masked, onCommit, onHold, onParseProblem }: TypedFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => display(field, value, unknownText));
  const [editing, setEditing] = useState(false);
  const timer = useRef<number | null>(null);
  const shown = display(field, value, unknownText);
  // Only text that cannot be saved (it does not parse) can be lost to a lock; the lock screen
  // says so. Parseable text is held in session/coding-drafts.
  useUnsavedForm(editing && text !== shown && !parse(field, text, unknownText).ok);

  // A value changed from outside (undo, "unknown", a conflict reload) replaces the box's text
  // unless the reviewer is typing in it.
  useEffect(() => {
    if (!editing) setText(shown);
  }, [shown, editing]);

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
  }, []);

  const commit = (current: string) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const parsed = parse(field, current, unknownText);
    if (!parsed.ok) {
      onParseProblem(parseProblemText(t, parsed));
      return;
    }
    onParseProblem(null);
    onCommit(parsed.value);
    // From here the box shows the value as saved (or as reloaded after a conflict).
    setEditing(false);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const next = e.target.value;
    setText(next);
    setEditing(true);
    const parsed = parse(field, next, unknownText);
    if (parsed.ok) onHold(parsed.value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => commit(next), AUTOSAVE_PAUSE_MS);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (field.type !== 'free_text' || e.ctrlKey)) {
      e.preventDefault();
      commit(text);
    } else if (e.key === 'Escape' && text !== shown) {
      // Escape takes back what was typed since the last save.
      e.preventDefault();
      e.stopPropagation();
      if (timer.current !== null) window.clearTimeout(timer.current);
      setText(shown);
      onParseProblem(null);
    }
  };

  const common = {
    id,
    value: text,
    onChange,
    onKeyDown,
    onBlur: () => {
      if (text !== shown) commit(text);
      setEditing(false);
    },
    'aria-describedby': describedBy,
    spellCheck: field.type === 'free_text',
    className: masked ? 'masked-input' : undefined,
  };
  if (field.type === 'free_text') return <textarea {...common} rows={Math.min(8, Math.max(2, text.split('\n').length))} />;
  return (
    <input
      {...common}
      type="text"
      inputMode={field.type === 'date' ? 'numeric' : 'decimal'}
      placeholder={field.type === 'date' ? t('coding.datePlaceholder') : undefined}
      autoComplete="off"
    />
  );
}
