// Which annotated passages support a coded value (issue 4 §6): every passage of the case,
// ticked when cited. The passages themselves are made in the document reader.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../../shared/domain/annotation';
import { Dialog } from '../../../components/Dialog';

interface EvidenceDialogProps {
  title: string;
  annotations: readonly Annotation[];
  cited: readonly string[];
  documentTitle: (documentId: string) => string;
  onSave: (evidence: string[]) => void;
  onClose: () => void;
}

export function EvidenceDialog({ title, annotations, cited, documentTitle, onSave, onClose }: EvidenceDialogProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<string>>(new Set(cited));
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog title={t('coding.evidenceTitle', { field: title })} onClose={onClose} size="wide">
      {annotations.length === 0 ? (
        <p>{t('coding.evidenceNone')}</p>
      ) : (
        <ul className="evidence-choices">
          {annotations.map((a) => (
            <li key={a.id}>
              <label className="choice">
                <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
                <span>
                  <q>{a.quote}</q> <span className="muted">— {documentTitle(a.documentId)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {annotations.length > 0 && (
          <button type="button" className="button-primary" onClick={() => onSave(annotations.filter((a) => chosen.has(a.id)).map((a) => a.id))}>
            {t('common.save')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
