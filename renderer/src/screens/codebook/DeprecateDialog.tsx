import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookChange } from '../../../../shared/codebook/codebook-changes';
import { Dialog } from '../../components/Dialog';
import { useChangeSubmit, type ApplyChanges } from './use-change-submit';

export type DeprecateTarget = { kind: 'field'; fieldId: string } | { kind: 'option'; fieldId: string; optionId: string };

interface DeprecateDialogProps {
  target: DeprecateTarget;
  /** true to deprecate, false to restore. */
  deprecated: boolean;
  name: string;
  apply: ApplyChanges;
  onClose: () => void;
}

function toChange(target: DeprecateTarget, deprecated: boolean): CodebookChange {
  return target.kind === 'field'
    ? { op: 'deprecate_field', fieldId: target.fieldId, deprecated }
    : { op: 'deprecate_option', fieldId: target.fieldId, optionId: target.optionId, deprecated };
}

const NO_CONTROLS = new Set<string>();

/** Confirms deprecating or restoring; says plainly that nothing is deleted. Cancel has the focus. */
export function DeprecateDialog({ target, deprecated, name, apply, onClose }: DeprecateDialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  const { busy, error, submit } = useChangeSubmit(apply, onClose);
  const action = deprecated ? 'deprecate' : 'restore';

  return (
    <Dialog title={t(`codebookAdmin.${action}.title.${target.kind}`, { name })} onClose={onClose} initialFocus={cancelRef} describedBy={messageId}>
      <div id={messageId}>
        <p>{t(`codebookAdmin.${action}.explanation`)}</p>
        <p>{t('codebookAdmin.deprecate.nothingDeleted')}</p>
      </div>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className={deprecated ? 'button-danger' : 'button-primary'} onClick={() => void submit([toChange(target, deprecated)], NO_CONTROLS)} disabled={busy}>
          {t(`codebookAdmin.${action}.confirm`)}
        </button>
      </div>
    </Dialog>
  );
}
