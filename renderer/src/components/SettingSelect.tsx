// A setting chosen from a short list in the status bar, saved at once with settings:set; a
// refused save is said next to it. Shared by the interface and codebook language switches.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';

export interface SettingOption {
  value: string;
  label: string;
  /** The option's own language, so a screen reader reads "Македонски" as Macedonian. */
  lang: string;
}

interface SettingSelectProps {
  label: string;
  value: string;
  options: readonly SettingOption[];
  /** Saves the chosen value; throws ApiError when main refuses it. */
  onSave: (value: string) => Promise<void>;
}

export function SettingSelect({ label, value, options, onSave }: SettingSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  const change = async (next: string) => {
    setError(null);
    try {
      await onSave(next);
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => void change(e.target.value)}>
        {options.map((o) => (
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
