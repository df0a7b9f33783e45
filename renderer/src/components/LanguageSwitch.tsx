import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '../format/locale';
import { useSession } from '../session/session-context';
import { SettingSelect } from './SettingSelect';

/** Switches the interface language at once and saves it with settings:set. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSession();
  return (
    <SettingSelect
      label={t('settings.language')}
      value={settings.language}
      options={UI_LANGUAGES.map((lng) => ({ value: lng, label: t(`settings.languageName.${lng}`), lang: lng }))}
      onSave={async (value) => {
        if (isUiLanguage(value)) await updateSettings({ language: value });
      }}
    />
  );
}
