import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../shared/codebook/codebook-schema';
import type { CodebookText } from '../../codebook/codebook-text';
import type { CodebookAction } from './codebook-actions';

interface FieldItemProps {
  field: CodebookField;
  text: CodebookText;
  onAction: (action: CodebookAction) => void;
}

/** One field: its wording, normative facts (id, type, scope, privacy flags), options and actions. */
export function FieldItem({ field, text, onAction }: FieldItemProps) {
  const { t } = useTranslation();
  const label = text.fieldLabel(field);
  const unit = text.unit(field);
  // Adding to yes/no/unknown would change what the type means; only open choices grow.
  const canAddOption = field.type === 'single_choice' || field.type === 'multi_choice';
  const fieldTarget = { kind: 'field', fieldId: field.id } as const;

  return (
    <li className={field.deprecated ? 'cb-field cb-deprecated' : 'cb-field'}>
      <div className="item-line">
        <span className="cb-label" lang={text.lang}>
          {label}
        </span>
        <code className="cb-id">{field.id}</code>
        <span className="cb-meta">
          {t(`codebookAdmin.type.${field.type}`)} · {t(`codebookAdmin.scope.${field.scope}`)}
          {unit && <span lang={text.lang}> · {unit}</span>}
        </span>
        {field.personal && <span className="badge cb-badge-personal">{t(`codebookAdmin.personal.${field.personal}`)}</span>}
        {field.sensitive && <span className="badge cb-badge-sensitive">{t('codebookAdmin.badge.sensitive')}</span>}
        {field.derived && <span className="badge cb-badge-computed">{t('codebookAdmin.badge.computed')}</span>}
        {field.since_version !== undefined && <span className="badge cb-badge-since">{t('codebookAdmin.badge.since', { version: field.since_version })}</span>}
        {field.deprecated && <span className="badge cb-badge-deprecated">{t('codebookAdmin.badge.deprecated')}</span>}
        <span className="item-actions">
          <button type="button" className="button-small" onClick={() => onAction({ kind: 'relabel', target: fieldTarget, name: label })}>
            {t('codebookAdmin.action.rename')}
            <span className="visually-hidden"> {label}</span>
          </button>
          {canAddOption && (
            <button type="button" className="button-small" onClick={() => onAction({ kind: 'addOption', fieldId: field.id, name: label })}>
              {t('codebookAdmin.action.addOption')}
              <span className="visually-hidden"> {label}</span>
            </button>
          )}
          <button
            type="button"
            className="button-small"
            onClick={() => onAction({ kind: 'deprecate', target: fieldTarget, deprecated: !field.deprecated, name: label })}
          >
            {t(field.deprecated ? 'codebookAdmin.action.restore' : 'codebookAdmin.action.deprecate')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </span>
      </div>
      {field.options && field.options.length > 0 && (
        <ul className="cb-options" aria-label={t('codebookAdmin.optionsOf', { field: label })}>
          {field.options.map((option) => {
            const optionLabel = text.optionLabel(field, option.id);
            const target = { kind: 'option', fieldId: field.id, optionId: option.id } as const;
            return (
              <li key={option.id} className={option.deprecated ? 'cb-option cb-deprecated' : 'cb-option'}>
                <span className="cb-label" lang={text.lang}>
                  {optionLabel}
                </span>
                <code className="cb-id">{option.id}</code>
                {option.deprecated && <span className="badge cb-badge-deprecated">{t('codebookAdmin.badge.deprecated')}</span>}
                <span className="item-actions">
                  <button type="button" className="button-small" onClick={() => onAction({ kind: 'relabel', target, name: optionLabel })}>
                    {t('codebookAdmin.action.rename')}
                    <span className="visually-hidden"> {optionLabel}</span>
                  </button>
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => onAction({ kind: 'deprecate', target, deprecated: !option.deprecated, name: optionLabel })}
                  >
                    {t(option.deprecated ? 'codebookAdmin.action.restore' : 'codebookAdmin.action.deprecate')}
                    <span className="visually-hidden"> {optionLabel}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
