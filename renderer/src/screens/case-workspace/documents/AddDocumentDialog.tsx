import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, DocumentSummary } from '../../../../../shared/domain/document';
import { dossier } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../domain/enums';
import { errorText } from '../../../i18n/error-text';
import { useUnsavedForm } from '../../../session/unsaved-forms';
import { FormDialogFooter } from '../../../components/FormDialogFooter';

interface AddDocumentDialogProps {
  caseId: string;
  onClose: () => void;
  onAdded: (doc: DocumentSummary) => void;
}

const PARTIAL_DATE = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/;
const MAX_TEXT = 5_000_000;

export function AddDocumentDialog({ caseId, onClose, onAdded }: AddDocumentDialogProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('first_instance_judgment');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<DocumentLanguage | ''>('');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useUnsavedForm(text.trim() !== '' || title.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const dateOk = date.trim() === '' || PARTIAL_DATE.test(date.trim());
    const textOk = text.trim().length > 0 && text.length <= MAX_TEXT;
    setDateError(dateOk ? null : t('addDocument.dateFormat'));
    setTextError(textOk ? null : text.length > MAX_TEXT ? t('addDocument.textTooLong') : t('addDocument.textRequired'));
    if (!textOk) textRef.current?.focus();
    if (!dateOk || !textOk) return;
    setBusy(true);
    setError(null);
    try {
      onAdded(
        await dossier.documents.addText({
          caseId,
          kind,
          title: title.trim(),
          text,
          ...(language !== '' ? { language } : {}),
          ...(date.trim() !== '' ? { date: date.trim() } : {}),
        }),
      );
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('addDocument.title')} onClose={onClose} size="wide">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <SelectField
            label={t('addDocument.kind')}
            value={kind}
            onChange={setKind}
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))}
          />
          <TextField label={t('addDocument.docTitle')} value={title} onChange={setTitle} maxLength={500} autoComplete="off" />
          <SelectField
            label={t('addDocument.language')}
            value={language}
            onChange={setLanguage}
            options={[{ value: '' as const, label: t('addDocument.languageNotStated') }, ...DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`docLanguage.${l}`) }))]}
          />
          <TextField
            label={t('addDocument.date')}
            value={date}
            onChange={setDate}
            hint={t('identity.dateHint')}
            error={dateError}
            maxLength={10}
            autoComplete="off"
          />
        </div>
        <TextAreaField
          className="field-text"
          label={t('addDocument.text')}
          hint={t('addDocument.textHint')}
          value={text}
          onChange={setText}
          error={textError}
          textareaRef={textRef}
          rows={14}
          spellCheck={false}
        />
        <FormDialogFooter error={error} busy={busy} submitLabel={t('addDocument.add')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
