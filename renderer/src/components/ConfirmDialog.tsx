import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the action; a thrown ApiError is shown in the dialog, which then stays open. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Cancel has the focus, so Enter is harmless. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onCancel} initialFocus={cancelRef} describedBy={messageId}>
      <p id={messageId}>{message}</p>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button-danger" onClick={() => void confirm()} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
