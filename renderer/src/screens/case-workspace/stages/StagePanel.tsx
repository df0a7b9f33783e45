import type { CodebookStage } from '../../../../../shared/codebook/codebook-schema';
import type { PersonSummary } from '../../../../../shared/domain/person';
import type { CodebookText } from '../../../codebook/codebook-text';
import { StageForm } from '../coding/StageForm';
import type { CaseCoding } from '../coding/use-case-coding';
import { stagePanelId, stageTabId } from './StageTabs';

interface StagePanelProps {
  idPrefix: string;
  index: number;
  caseId: string;
  stage: CodebookStage;
  persons: readonly PersonSummary[];
  coding: CaseCoding;
  text: CodebookText;
  labelOf: (fieldId: string) => string;
  documentTitle: (documentId: string) => string;
  onOpenDocument: (documentId: string) => void;
}

/** The selected stage: its description and its coding form. */
export function StagePanel({ idPrefix, index, caseId, stage, persons, coding, text, labelOf, documentTitle, onOpenDocument }: StagePanelProps) {
  return (
    <section role="tabpanel" id={stagePanelId(idPrefix)} aria-labelledby={stageTabId(idPrefix, index)} tabIndex={0} className="stage-panel">
      <h2 lang={text.lang}>{text.stageLabel(stage)}</h2>
      <p className="stage-description" lang={text.lang}>
        {text.stageDescription(stage)}
      </p>
      <StageForm key={stage.id} caseId={caseId} stage={stage} persons={persons} coding={coding} text={text} labelOf={labelOf} documentTitle={documentTitle} onOpenDocument={onOpenDocument} />
    </section>
  );
}
