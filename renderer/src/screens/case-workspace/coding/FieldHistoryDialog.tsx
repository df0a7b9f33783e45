// Who changed one value, when, from what to what (issue 4 §2), read from the audit log.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import type { CodingHistoryEntry } from '../../../../../shared/domain/coding';
import { dossier } from '../../../api/client';
import type { CodebookText } from '../../../codebook/codebook-text';
import { Dialog } from '../../../components/Dialog';
import { formatDateTime } from '../../../format/format-date';
import { errorText } from '../../../i18n/error-text';
import { formatValue } from './format-value';

interface FieldHistoryDialogProps {
  caseId: string;
  stageId: string;
  field: CodebookField;
  personId: string | null;
  title: string;
  text: CodebookText;
  onClose: () => void;
}

export function FieldHistoryDialog({ caseId, stageId, field, personId, title, text, onClose }: FieldHistoryDialogProps) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<CodingHistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    dossier.codings.history({ caseId, stageId, fieldId: field.id, personId }).then(
      (list) => live && setEntries(list),
      (err: unknown) => live && setError(errorText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [caseId, stageId, field.id, personId, t]);

  return (
    <Dialog title={t('coding.historyTitle', { field: title })} onClose={onClose} size="wide">
      {error && <p className="message message-error" role="alert">{error}</p>}
      {entries === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {entries?.length === 0 && <p>{t('coding.historyEmpty')}</p>}
      {entries && entries.length > 0 && (
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">{t('coding.historyWhen')}</th>
              <th scope="col">{t('coding.historyWho')}</th>
              <th scope="col">{t('coding.historyBefore')}</th>
              <th scope="col">{t('coding.historyAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{formatDateTime(e.at, i18n.language)}</td>
                <td>{e.reviewerName}</td>
                <td lang={text.lang}>{formatValue(t, text, field, e.old, i18n.language)}</td>
                <td lang={text.lang}>{formatValue(t, text, field, e.new, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
