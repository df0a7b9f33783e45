import { useTranslation } from 'react-i18next';
import { CODEBOOK_LANGUAGE_OPTIONS, isCodebookLanguage } from '../screens/codebook/codebook-languages';
import { useSession } from '../session/session-context';
import { SettingSelect } from './SettingSelect';

/**
 * Chooses the language codebook labels are shown in, apart from the interface language (issue 4
 * §8): a reviewer may work in a Macedonian interface and code from the Albanian wording.
 */
export function CodebookLanguageSwitch() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSession();
  return (
    <SettingSelect
      label={t('codebookAdmin.codebookLanguage')}
      value={settings.codebookLanguage}
      options={CODEBOOK_LANGUAGE_OPTIONS}
      onSave={async (value) => {
        if (isCodebookLanguage(value)) await updateSettings({ codebookLanguage: value });
      }}
    />
  );
}
