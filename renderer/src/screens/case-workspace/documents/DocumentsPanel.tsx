import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusLater } from '../../../hooks/use-focus-later';
import type { DocumentSummary } from '../../../../../shared/domain/document';
import { dossier } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { isDocumentLanguage } from '../../../domain/enums';
import { formatNumber } from '../../../format/format-number';
import { removeById, replaceById, type ListChange } from '../list-change';
import { AddDocumentDialog } from './AddDocumentDialog';
import { DocumentReader } from './DocumentReader';

interface DocumentsPanelProps {
  caseId: string;
  documents: readonly DocumentSummary[];
  onDocumentsChange: ListChange<DocumentSummary>;
  /** A document to open in the reader (a cited passage clicked in a coding form). */
  openRequest?: { documentId: string; nonce: number } | null;
}

export function DocumentsPanel({ caseId, documents, onDocumentsChange, openRequest = null }: DocumentsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [headingRef, focusHeading] = useFocusLater<HTMLHeadingElement>();
  const [adding, setAdding] = useState(false);
  const [reading, setReading] = useState<DocumentSummary | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);
  const lng = i18n.language;

  useEffect(() => {
    if (!openRequest) return;
    const doc = documents.find((d) => d.id === openRequest.documentId);
    if (doc) setReading(doc);
    // Only a new request opens the reader, not a change of the document list.
  }, [openRequest]);

  const language = (code: string | null) => (code === null ? '—' : isDocumentLanguage(code) ? t(`docLanguage.${code}`) : code);

  return (
    <section className="side-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('documents.title')} <span className="muted">({documents.length})</span>
      </h2>
      {documents.length === 0 ? (
        <p className="muted">{t('documents.none')}</p>
      ) : (
        <ul className="item-list">
          {documents.map((doc) => (
            <li key={doc.id} className="item">
              <div className="item-line">
                <button type="button" className="button-link doc-open" onClick={() => setReading(doc)}>
                  {doc.title || t('documents.untitled')}
                </button>
                <span className="item-actions">
                  <button type="button" className="button-small button-danger-quiet" onClick={() => setDeleting(doc)}>
                    {t('common.delete')}
                    <span className="visually-hidden"> {doc.title || t('documents.untitled')}</span>
                  </button>
                </span>
              </div>
              <dl className="doc-facts">
                <div>
                  <dt>{t('documents.kind')}</dt>
                  <dd>{t(`documentKind.${doc.kind}`)}</dd>
                </div>
                <div>
                  <dt>{t('documents.language')}</dt>
                  <dd>{language(doc.language)}</dd>
                </div>
                <div>
                  <dt>{t('documents.length')}</dt>
                  <dd>{t('documents.characters', { count: doc.length, value: formatNumber(doc.length, lng) })}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setAdding(true)}>
        {t('documents.addText')}
      </button>
      {adding && (
        <AddDocumentDialog
          caseId={caseId}
          onClose={() => setAdding(false)}
          onAdded={(doc) => {
            setAdding(false);
            onDocumentsChange((list) => replaceById(list, doc));
          }}
        />
      )}
      {reading && <DocumentReader summary={reading} onClose={() => setReading(null)} />}
      {deleting && (
        <ConfirmDialog
          title={t('documents.deleteTitle')}
          message={t('documents.deleteMessage', { title: deleting.title || t('documents.untitled') })}
          confirmLabel={t('documents.deleteConfirm')}
          onConfirm={async () => {
            await dossier.documents.delete({ id: deleting.id });
            setDeleting(null);
            onDocumentsChange((list) => removeById(list, deleting.id));
            focusHeading();
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
