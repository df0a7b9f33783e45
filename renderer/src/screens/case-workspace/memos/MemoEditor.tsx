import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo } from '../../../../../shared/domain/memo';
import type { ClientErrorCode } from '../../../api/api-error';
import { formatTime } from '../../../format/format-date';
import { discardDraft, getDraft, putDraft, saveDraft } from '../../../session/memo-drafts';

interface MemoEditorProps {
  draftKey: string;
  caseId: string;
  memoId: string | null;
  initialText: string;
  /** The text differs from what the vault holds (a draft kept from before a lock). */
  startsUnsaved?: boolean;
  onSaved: (memo: Memo) => void;
  onClose: () => void;
}

type SaveState =
  | { kind: 'clean' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'empty' }
  | { kind: 'failed'; code: ClientErrorCode };

/** Saved a moment after typing stops, so an idle lock (minutes later) never finds unsaved text. */
const AUTOSAVE_DELAY_MS = 1500;

/**
 * Edits one memo. Saves on blur, on Ctrl+Enter (and then closes), and shortly after typing
 * stops; says plainly whether the text is saved. Unsaved text is also held by memo-drafts, so
 * leaving the case or a lock does not lose it.
 */
export function MemoEditor({ draftKey, caseId, memoId, initialText, startsUnsaved = false, onSaved, onClose }: MemoEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const statusId = useId();
  const [text, setText] = useState(() => getDraft(draftKey)?.text ?? initialText);
  const [state, setState] = useState<SaveState>(startsUnsaved ? { kind: 'unsaved' } : { kind: 'clean' });
  const timer = useRef<number | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  // Leaving (closing the case, going back to the list) saves what is pending; if that fails,
  // the draft stays in memory and is offered again.
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      const draft = getDraft(draftKey);
      if (draft && draft.memoId === null && draft.text.trim() === '') discardDraft(draftKey);
      else if (draft) void saveDraft(draftKey);
    },
    [draftKey],
  );

  const save = async (): Promise<boolean> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!getDraft(draftKey)) return true;
    setState({ kind: 'saving' });
    const outcome = await saveDraft(draftKey);
    if (outcome.kind === 'saved') {
      if (outcome.memo) onSaved(outcome.memo);
      setState(getDraft(draftKey) ? { kind: 'unsaved' } : { kind: 'saved', at: new Date() });
      return true;
    }
    if (outcome.kind === 'empty' && getDraft(draftKey)?.memoId === null) {
      // A new memo left empty was never a memo: nothing to keep.
      discardDraft(draftKey);
      setState({ kind: 'clean' });
      return true;
    }
    setState(outcome.kind === 'empty' ? { kind: 'empty' } : { kind: 'failed', code: outcome.code });
    return false;
  };

  const change = (value: string) => {
    setText(value);
    putDraft({ key: draftKey, caseId, memoId, text: value });
    setState({ kind: 'unsaved' });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  };

  const saveAndClose = async () => {
    if (await save()) onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void saveAndClose();
    }
  };

  return (
    <div className="memo-editor">
      <label htmlFor={id} className="visually-hidden">
        {t('memos.editorLabel')}
      </label>
      <textarea
        id={id}
        ref={ref}
        value={text}
        rows={5}
        maxLength={200_000}
        onChange={(e) => change(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
        aria-describedby={statusId}
      />
      <div className="memo-editor-footer">
        <span id={statusId} className={state.kind === 'failed' || state.kind === 'empty' ? 'save-state save-problem' : 'save-state'} role="status">
          {state.kind === 'clean' && t('memos.hint')}
          {state.kind === 'unsaved' && t('save.unsaved')}
          {state.kind === 'saving' && t('save.saving')}
          {state.kind === 'saved' && t('save.savedAt', { time: formatTime(state.at, i18n.language) })}
          {state.kind === 'empty' && t('memos.emptyNotSaved')}
          {state.kind === 'failed' && t('save.failed', { reason: t(`errors.${state.code}`) })}
        </span>
        <button type="button" className="button-small" onClick={() => void saveAndClose()}>
          {t('memos.done')}
        </button>
      </div>
    </div>
  );
}
