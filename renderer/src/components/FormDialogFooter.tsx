import { useTranslation } from 'react-i18next';

interface FormDialogFooterProps {
  /** The reason the last submission failed, announced to screen readers. */
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}

/** The end of every form dialog: the error of the last attempt, Cancel, and the submit button. */
export function FormDialogFooter({ error, busy, submitLabel, onCancel }: FormDialogFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
