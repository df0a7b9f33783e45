import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '../format/locale';
import { errorText } from '../i18n/error-text';
import { useSession } from '../session/session-context';

/** Switches the interface language at once and saves it with settings:set. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSession();
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  const change = async (value: string) => {
    if (!isUiLanguage(value)) return;
    setError(null);
    try {
      await updateSettings({ language: value });
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <span className="inline-field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select id={id} value={settings.language} onChange={(e) => void change(e.target.value)}>
        {UI_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`settings.languageName.${lng}`)}
          </option>
        ))}
      </select>
      {error && (
        <span className="message-inline message-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
