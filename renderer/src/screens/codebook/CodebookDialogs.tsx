import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { CodebookLanguage } from '../../../../shared/domain/enums';
import type { CodebookText } from '../../codebook/codebook-text';
import { AddFieldDialog } from './AddFieldDialog';
import { AddOptionDialog } from './AddOptionDialog';
import type { CodebookAction } from './codebook-actions';
import { DeprecateDialog } from './DeprecateDialog';
import { RelabelDialog } from './RelabelDialog';
import type { ApplyChanges } from './use-change-submit';

interface CodebookDialogsProps {
  action: CodebookAction;
  codebook: Codebook;
  text: CodebookText;
  language: CodebookLanguage;
  apply: ApplyChanges;
  onClose: () => void;
}

/** The open dialog of the codebook screen; it closes itself once its change is saved. */
export function CodebookDialogs({ action, codebook, text, language, apply, onClose }: CodebookDialogsProps) {
  switch (action.kind) {
    case 'addField': {
      const stage = codebook.stages.find((s) => s.id === action.stageId);
      return stage ? <AddFieldDialog codebook={codebook} text={text} stage={stage} stageLabel={text.stageLabel(stage)} apply={apply} onClose={onClose} /> : null;
    }
    case 'addOption': {
      const field = codebook.stages.flatMap((s) => s.fields).find((f) => f.id === action.fieldId);
      return field ? <AddOptionDialog field={field} fieldLabel={action.name} apply={apply} onClose={onClose} /> : null;
    }
    case 'relabel':
      return <RelabelDialog codebook={codebook} target={action.target} name={action.name} initialLanguage={language} apply={apply} onClose={onClose} />;
    case 'deprecate':
      return <DeprecateDialog target={action.target} deprecated={action.deprecated} name={action.name} apply={apply} onClose={onClose} />;
  }
}
