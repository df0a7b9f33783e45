import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, DocumentWithText } from '../../../../../shared/domain/document';
import { errorCode, type ClientErrorCode } from '../../../api/api-error';
import { dossier } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { isDocumentLanguage } from '../../../domain/enums';

/** BCP 47 tags the reader may put in a lang attribute (cnr is valid but poorly known to tools). */
const LANG_ATTRIBUTE: Record<string, string> = { mk: 'mk', sq: 'sq', sr: 'sr', cnr: 'sr-ME', bs: 'bs', hr: 'hr', en: 'en' };

/**
 * A document's text, read-only and as PLAIN TEXT: React puts it in a text node, so markup in a
 * court file (`<script>`, `<img onerror>`) shows as the characters it is and never runs
 * (CSP promise P15; the lint rule forbids dangerouslySetInnerHTML).
 */
export function DocumentReader({ summary, onClose }: { summary: DocumentSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<DocumentWithText | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);

  useEffect(() => {
    let live = true;
    dossier.documents.get({ id: summary.id }).then(
      (loaded) => live && setDoc(loaded),
      (err: unknown) => live && setError(errorCode(err)),
    );
    return () => {
      live = false;
    };
  }, [summary.id]);

  const lang = summary.language && isDocumentLanguage(summary.language) ? LANG_ATTRIBUTE[summary.language] : undefined;
  return (
    <Dialog title={summary.title || t('documents.untitled')} onClose={onClose} size="wide">
      <p className="muted">
        {t(`documentKind.${summary.kind}`)}
        {summary.date ? ` · ${summary.date}` : ''}
      </p>
      {error && (
        <p className="message message-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
      {!doc && !error && <p role="status">{t('common.loading')}</p>}
      {doc && (
        <div className="document-text" tabIndex={0} role="region" aria-label={t('documents.textLabel')} lang={lang}>
          {doc.text}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
