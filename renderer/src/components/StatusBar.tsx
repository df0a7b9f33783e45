import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';
import { useSession } from '../session/session-context';
import { CodebookLanguageSwitch } from './CodebookLanguageSwitch';
import { IdleLockSetting } from './IdleLockSetting';
import { LanguageSwitch } from './LanguageSwitch';

/** On every unlocked screen: which vault, who works in it, and the way to lock it. */
export function StatusBar() {
  const { t } = useTranslation();
  const { status, lock } = useSession();
  const [error, setError] = useState<string | null>(null);

  const lockNow = async () => {
    setError(null);
    try {
      await lock();
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <footer className="status-bar" aria-label={t('statusBar.label')}>
      <span className="status-item">
        <span className="status-caption">{t('statusBar.vault')}</span> <strong>{status.vault?.name ?? '—'}</strong>
        {status.training && <span className="badge badge-training">{t('statusBar.training')}</span>}
      </span>
      <span className="status-item">
        <span className="status-caption">{t('statusBar.reviewer')}</span> {status.reviewer?.name ?? '—'}
      </span>
      <span className="status-spacer" />
      <LanguageSwitch />
      <CodebookLanguageSwitch />
      <IdleLockSetting />
      {error && (
        <span className="message-inline message-error" role="alert">
          {error}
        </span>
      )}
      <button type="button" className="button-lock" onClick={() => void lockNow()} aria-keyshortcuts="Control+L">
        {t('statusBar.lock')} <kbd>{t('statusBar.lockShortcut')}</kbd>
      </button>
    </footer>
  );
}
