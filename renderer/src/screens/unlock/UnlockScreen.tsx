import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/domain/vault-status';
import { ApiError, errorCode } from '../../api/api-error';
import { dossier } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useCountdown } from '../../hooks/use-countdown';
import { errorText } from '../../i18n/error-text';
import { pendingDrafts } from '../../session/memo-drafts';
import { useSession } from '../../session/session-context';
import { LockReasonNote } from './LockReasonNote';

interface UnlockScreenProps {
  /** Dialogs whose typed input was not submitted when the vault locked. */
  lostForms: number;
  onUnlocked: (status: VaultStatus) => void;
}

type Failure = { kind: 'wrong' } | { kind: 'wait' } | { kind: 'other'; text: string };

export function UnlockScreen({ lostForms, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [capsLock, setCapsLock] = useState(false);
  const [deadline, setDeadline] = useState<number | null>(() =>
    status.retryAfterSeconds > 0 ? Date.now() + status.retryAfterSeconds * 1000 : null,
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const messageId = useId();
  const secondsLeft = useCountdown(deadline);
  const waiting = secondsLeft > 0;
  const pending = pendingDrafts().length;

  // A fresh status (after a failure, or a lock) may carry a new delay from main.
  useEffect(() => {
    if (status.retryAfterSeconds > 0) setDeadline(Date.now() + status.retryAfterSeconds * 1000);
  }, [status.retryAfterSeconds]);

  // When the wait is over, the field is ready again for the next attempt.
  useEffect(() => {
    if (!waiting && deadline !== null) inputRef.current?.focus();
  }, [waiting, deadline]);

  const refreshDelay = async () => {
    try {
      const fresh = await dossier.vault.status({});
      if (fresh.retryAfterSeconds > 0) setDeadline(Date.now() + fresh.retryAfterSeconds * 1000);
    } catch {
      // The delay is enforced by main anyway; without it the button just stays enabled.
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting || passphrase.length === 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const unlocked = await dossier.vault.unlock({ passphrase });
      setPassphrase('');
      onUnlocked(unlocked);
      return;
    } catch (err) {
      const code = errorCode(err);
      if (code === 'WRONG_PASSPHRASE') {
        setFailure({ kind: 'wrong' });
        await refreshDelay();
      } else if (code === 'TOO_MANY_ATTEMPTS') {
        setFailure({ kind: 'wait' });
        await refreshDelay();
      } else {
        setFailure({ kind: 'other', text: err instanceof ApiError ? errorText(t, err) : t('errors.UNAVAILABLE') });
      }
    }
    setBusy(false);
    // Keep what was typed, selected, so a retype replaces it (and a typo can be fixed).
    window.setTimeout(() => inputRef.current?.select(), 0);
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));

  return (
    <div className="screen-centered">
      <header className="screen-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="card">
        <h1>{t('unlock.title')}</h1>
        <p className="vault-name">
          {t('unlock.vault')} <strong>{status.vault?.name ?? '—'}</strong>
          {status.training && <span className="badge badge-training">{t('statusBar.training')}</span>}
        </p>
        <LockReasonNote reason={status.lastLockReason} pendingDrafts={pending} lostForms={lostForms} />
        <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
          <div className="field">
            <label htmlFor={fieldId}>{t('unlock.passphrase')}</label>
            <input
              id={fieldId}
              ref={inputRef}
              type="password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              onKeyDown={onKey}
              onKeyUp={onKey}
              autoFocus
              autoComplete="current-password"
              spellCheck={false}
              aria-invalid={failure?.kind === 'wrong' ? true : undefined}
              aria-describedby={failure || waiting ? messageId : undefined}
            />
            {capsLock && <p className="field-hint">{t('unlock.capsLock')}</p>}
          </div>
          <div id={messageId}>
            {failure?.kind === 'wrong' && (
              <p className="message message-error" role="alert">
                <strong>{t('unlock.wrong')}</strong> {t('unlock.wrongHint')}
              </p>
            )}
            {failure?.kind === 'other' && (
              <p className="message message-error" role="alert">
                {failure.text}
              </p>
            )}
            {failure?.kind === 'wait' && !waiting && (
              <p className="message message-error" role="alert">
                {t('errors.TOO_MANY_ATTEMPTS')}
              </p>
            )}
            {waiting && (
              <p className="message message-warning">
                <span role="alert">{t('unlock.wait')}</span> <span className="countdown">{t('unlock.retryIn', { count: secondsLeft })}</span>
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy || waiting || passphrase.length === 0}>
              {busy ? t('unlock.unlocking') : t('unlock.unlock')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
