import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';
import { errorCode } from '../../api/api-error';
import { dossier } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { errorText } from '../../i18n/error-text';
import { useUnsavedForm } from '../../session/unsaved-forms';
import { FormDialogFooter } from '../../components/FormDialogFooter';

interface NewCaseDialogProps {
  onClose: () => void;
  onCreated: (created: CaseSummary) => void;
}

export function NewCaseDialog({ onClose, onCreated }: NewCaseDialogProps) {
  const { t } = useTranslation();
  const refInput = useRef<HTMLInputElement>(null);
  const [ref, setRef] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [refError, setRefError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useUnsavedForm(ref.trim() !== '' || title.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (ref.trim() === '') {
      setRefError(t('newCase.refRequired'));
      refInput.current?.focus();
      return;
    }
    setBusy(true);
    setRefError(null);
    setError(null);
    try {
      onCreated(await dossier.cases.create({ ref: ref.trim(), title: title.trim() }));
    } catch (err) {
      const code = errorCode(err);
      if (code === 'CONFLICT') {
        setRefError(t('newCase.refExists'));
        refInput.current?.select();
      } else if (code === 'BAD_REQUEST' || code === 'VALIDATION') {
        setRefError(t('newCase.refInvalid'));
      } else {
        setError(errorText(t, err));
      }
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('newCase.title')} onClose={onClose} initialFocus={refInput}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('newCase.ref')}
          value={ref}
          onChange={setRef}
          inputRef={refInput}
          hint={t('newCase.refHint')}
          error={refError}
          maxLength={100}
          required
          autoComplete="off"
          spellCheck={false}
        />
        <TextField label={t('newCase.caseTitle')} value={title} onChange={setTitle} maxLength={500} autoComplete="off" />
        <FormDialogFooter error={error} busy={busy} submitLabel={t('newCase.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
