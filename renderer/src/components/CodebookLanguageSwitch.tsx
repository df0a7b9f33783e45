import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';
import { CODEBOOK_LANGUAGE_OPTIONS, isCodebookLanguage } from '../screens/codebook/codebook-languages';
import { useSession } from '../session/session-context';

/**
 * Chooses the language codebook labels are shown in, apart from the interface language (issue 4
 * §8): a reviewer may work in a Macedonian interface and code from the Albanian wording.
 */
export function CodebookLanguageSwitch() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSession();
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  const change = async (value: string) => {
    if (!isCodebookLanguage(value)) return;
    setError(null);
    try {
      await updateSettings({ codebookLanguage: value });
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <span className="inline-field">
      <label htmlFor={id}>{t('codebookAdmin.codebookLanguage')}</label>
      <select id={id} value={settings.codebookLanguage} onChange={(e) => void change(e.target.value)}>
        {CODEBOOK_LANGUAGE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
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
