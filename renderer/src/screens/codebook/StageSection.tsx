import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookStage } from '../../../../shared/codebook/codebook-schema';
import type { CodebookText } from '../../codebook/codebook-text';
import type { CodebookAction } from './codebook-actions';
import { FieldItem } from './FieldItem';

interface StageSectionProps {
  stage: CodebookStage;
  text: CodebookText;
  open: boolean;
  onToggle: () => void;
  onAction: (action: CodebookAction) => void;
}

/** A stage with its fields, folded by default so the ten stages fit on one screen. */
export function StageSection({ stage, text, open, onToggle, onAction }: StageSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const label = text.stageLabel(stage);

  return (
    <section className="cb-stage" aria-labelledby={headingId}>
      <div className="cb-stage-header">
        <h2 id={headingId} lang={text.lang}>
          {label}
        </h2>
        <code className="cb-id">{stage.id}</code>
        <span className="count">{t('codebookAdmin.fieldCount', { count: stage.fields.length })}</span>
        <span className="page-header-spacer" />
        <button type="button" className="button-small" aria-expanded={open} aria-controls={listId} onClick={onToggle}>
          {t(open ? 'codebookAdmin.action.hideFields' : 'codebookAdmin.action.showFields')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" className="button-small" onClick={() => onAction({ kind: 'relabel', target: { kind: 'stage', stageId: stage.id }, name: label })}>
          {t('codebookAdmin.action.rename')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" className="button-small" onClick={() => onAction({ kind: 'addField', stageId: stage.id })}>
          {t('codebookAdmin.action.addField')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
      <ul id={listId} className="item-list cb-fields" hidden={!open}>
        {open && stage.fields.map((field) => <FieldItem key={field.id} field={field} text={text} onAction={onAction} />)}
      </ul>
    </section>
  );
}
