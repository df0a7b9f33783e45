import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';
import { useSession } from '../session/session-context';

const MIN_MINUTES = 1;
const MAX_MINUTES = 240;

/** Minutes without activity before the vault locks itself (DESIGN.md: default 10). */
export function IdleLockSetting() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSession();
  const id = useId();
  const errorId = useId();
  const unitId = useId();
  const [draft, setDraft] = useState(String(settings.idleLockMinutes));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setDraft(String(settings.idleLockMinutes)), [settings.idleLockMinutes]);

  const commit = async () => {
    const minutes = Number(draft);
    if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      setError(t('settings.idleLockRange', { min: MIN_MINUTES, max: MAX_MINUTES }));
      return;
    }
    setError(null);
    if (minutes === settings.idleLockMinutes) return;
    try {
      await updateSettings({ idleLockMinutes: minutes });
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void commit();
  };

  return (
    <span className="inline-field">
      <label htmlFor={id}>{t('settings.idleLock')}</label>
      <input
        id={id}
        className="input-minutes"
        type="number"
        inputMode="numeric"
        min={MIN_MINUTES}
        max={MAX_MINUTES}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
        aria-invalid={error !== null}
        aria-describedby={error ? `${unitId} ${errorId}` : unitId}
      />
      <span id={unitId}>{t('settings.minutesShort')}</span>
      {error && (
        <span id={errorId} className="message-inline message-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
