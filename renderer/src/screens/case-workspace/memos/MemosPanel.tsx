import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusLater } from '../../../hooks/use-focus-later';
import type { Memo } from '../../../../../shared/domain/memo';
import { newDraftKey, pendingDrafts } from '../../../session/memo-drafts';
import { removeById, replaceById, type ListChange } from '../list-change';
import { MemoEditor } from './MemoEditor';
import { MemoItem } from './MemoItem';

interface MemosPanelProps {
  caseId: string;
  memos: readonly Memo[];
  onMemosChange: ListChange<Memo>;
}

interface NewMemo {
  key: string;
  /** Set once the first save created it; until the editor closes it is shown only there. */
  memoId: string | null;
  text: string;
}

export function MemosPanel({ caseId, memos, onMemosChange }: MemosPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [addRef, focusAdd] = useFocusLater<HTMLButtonElement>();
  // New memos still being written, including drafts that a lock kept from being saved.
  const [newMemos, setNewMemos] = useState<NewMemo[]>(() =>
    pendingDrafts(caseId)
      .filter((d) => d.key.startsWith('new:'))
      .map((d) => ({ key: d.key, memoId: d.memoId, text: d.text })),
  );
  const inNewEditor = new Set(newMemos.map((m) => m.memoId).filter((id): id is string => id !== null));
  const listed = memos.filter((m) => !inNewEditor.has(m.id));

  const add = () => setNewMemos((list) => [{ key: newDraftKey(), memoId: null, text: '' }, ...list]);
  const closeNew = (key: string) => {
    setNewMemos((list) => list.filter((m) => m.key !== key));
    focusAdd();
  };

  return (
    <section className="side-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('memos.title')} <span className="muted">({memos.length})</span>
      </h2>
      <button type="button" ref={addRef} onClick={add}>
        {t('memos.add')}
      </button>
      {newMemos.length + listed.length === 0 ? (
        <p className="muted">{t('memos.none')}</p>
      ) : (
        <ul className="item-list">
          {newMemos.map((m) => (
            <li key={m.key} className="item memo">
              <MemoEditor
                draftKey={m.key}
                caseId={caseId}
                memoId={m.memoId}
                initialText={m.text}
                startsUnsaved={m.text !== ''}
                onSaved={(memo) => {
                  setNewMemos((list) => list.map((x) => (x.key === m.key ? { ...x, memoId: memo.id } : x)));
                  onMemosChange((list) => replaceById(list, memo));
                }}
                onClose={() => closeNew(m.key)}
              />
            </li>
          ))}
          {listed.map((memo, i) => (
            <MemoItem
              key={memo.id}
              memo={memo}
              index={i}
              onSaved={(saved) => onMemosChange((list) => replaceById(list, saved))}
              onDeleted={() => {
                onMemosChange((list) => removeById(list, memo.id));
                focusAdd();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
