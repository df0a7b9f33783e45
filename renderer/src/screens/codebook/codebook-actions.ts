// The dialogs the codebook screen can open, each naming what it acts on.
import type { LabelTarget } from '../../../../shared/codebook/codebook-changes';
import type { DeprecateTarget } from './DeprecateDialog';

export type CodebookAction =
  | { kind: 'addField'; stageId: string }
  | { kind: 'addOption'; fieldId: string; name: string }
  | { kind: 'relabel'; target: LabelTarget; name: string }
  | { kind: 'deprecate'; target: DeprecateTarget; deprecated: boolean; name: string };
