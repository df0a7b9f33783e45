import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSONAL_CHOICES, type PersonalChoice } from './field-form';

interface PersonalFlagFieldsProps {
  personal: PersonalChoice;
  sensitive: boolean;
  onPersonal: (value: PersonalChoice) => void;
  onSensitive: (value: boolean) => void;
}

/** The privacy flags of a new field: they decide what of its values may ever leave the vault. */
export function PersonalFlagFields({ personal, sensitive, onPersonal, onSensitive }: PersonalFlagFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <fieldset className="cb-radio-group" aria-describedby={`${id}-personal-hint`}>
        <legend>{t('codebookAdmin.addField.personal')}</legend>
        <p id={`${id}-personal-hint`} className="field-hint">
          {t('codebookAdmin.addField.personalHint')}
        </p>
        {PERSONAL_CHOICES.map((choice) => (
          <label key={choice} className="checkbox cb-radio">
            <input type="radio" name={`${id}-personal`} value={choice} checked={personal === choice} onChange={() => onPersonal(choice)} />
            <span>
              <strong>{t(`codebookAdmin.personal.${choice}`)}</strong> — {t(`codebookAdmin.personalExplained.${choice}`)}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={sensitive} onChange={(e) => onSensitive(e.target.checked)} aria-describedby={`${id}-sensitive-hint`} />
        {t('codebookAdmin.addField.sensitive')}
      </label>
      <p id={`${id}-sensitive-hint`} className="field-hint cb-after-checkbox">
        {t('codebookAdmin.addField.sensitiveHint')}
      </p>
    </>
  );
}
