import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusLater } from '../../../hooks/use-focus-later';
import type { Memo } from '../../../../../shared/domain/memo';
import { dossier } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatDateTime } from '../../../format/format-date';
import { discardDraft, getDraft, memoDraftKey } from '../../../session/memo-drafts';
import { MemoEditor } from './MemoEditor';

interface MemoItemProps {
  memo: Memo;
  index: number;
  onSaved: (memo: Memo) => void;
  onDeleted: () => void;
}

export function MemoItem({ memo, index, onSaved, onDeleted }: MemoItemProps) {
  const { t, i18n } = useTranslation();
  const key = memoDraftKey(memo.id);
  // A draft kept from before a lock reopens the editor, marked as not saved.
  const [editing, setEditing] = useState(() => getDraft(key) !== undefined);
  const [deleting, setDeleting] = useState(false);
  const [editRef, focusEdit] = useFocusLater<HTMLButtonElement>();
  const label = t('memos.memoN', { n: index + 1 });

  return (
    <li className="item memo">
      {editing ? (
        <MemoEditor
          draftKey={key}
          caseId={memo.caseId}
          memoId={memo.id}
          initialText={memo.text}
          startsUnsaved={getDraft(key) !== undefined}
          onSaved={onSaved}
          onClose={() => {
            setEditing(false);
            focusEdit();
          }}
        />
      ) : (
        <>
          <p className="memo-text">{memo.text}</p>
          <div className="item-line">
            <span className="muted small">{t('memos.updated', { when: formatDateTime(memo.updatedAt, i18n.language) })}</span>
            <span className="item-actions">
              <button type="button" className="button-small" ref={editRef} onClick={() => setEditing(true)}>
                {t('common.edit')}
                <span className="visually-hidden"> {label}</span>
              </button>
              <button type="button" className="button-small button-danger-quiet" onClick={() => setDeleting(true)}>
                {t('common.delete')}
                <span className="visually-hidden"> {label}</span>
              </button>
            </span>
          </div>
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('memos.deleteTitle')}
          message={t('memos.deleteMessage')}
          confirmLabel={t('memos.deleteConfirm')}
          onConfirm={async () => {
            await dossier.memos.delete({ id: memo.id });
            discardDraft(key);
            setDeleting(false);
            onDeleted();
          }}
          onCancel={() => setDeleting(false)}
        />
      )}
    </li>
  );
}
