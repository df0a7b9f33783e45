import { useTranslation } from 'react-i18next';
import type { CodebookStage } from '../../../../../shared/codebook/codebook-schema';
import type { Coding } from '../../../../../shared/domain/coding';
import type { PersonSummary } from '../../../../../shared/domain/person';
import { FieldValueList } from './FieldValueList';
import { PersonGroups } from './PersonGroups';
import { buildStageView } from './stage-view';
import { stagePanelId, stageTabId } from './StageTabs';

interface StagePanelProps {
  idPrefix: string;
  index: number;
  stage: CodebookStage;
  codings: readonly Coding[];
  persons: readonly PersonSummary[];
}

/** The selected stage's fields and what has been coded so far; coding itself comes later. */
export function StagePanel({ idPrefix, index, stage, codings, persons }: StagePanelProps) {
  const { t } = useTranslation();
  const view = buildStageView(stage, codings, persons);
  return (
    <section role="tabpanel" id={stagePanelId(idPrefix)} aria-labelledby={stageTabId(idPrefix, index)} tabIndex={0} className="stage-panel">
      <h2>{stage.label}</h2>
      <p className="stage-description">{stage.description}</p>
      <p className="note">{t('stage.readOnly', { coded: view.coded, total: view.total })}</p>
      {view.caseEntries.length > 0 && (
        <section className="stage-section">
          <h3>{t('stage.caseLevel')}</h3>
          <FieldValueList entries={view.caseEntries} />
        </section>
      )}
      {view.victimFields.length > 0 && (
        <PersonGroups title={t('stage.perVictim')} emptyText={t('stage.noVictims')} groups={view.victimGroups} role="victim" />
      )}
      {view.defendantFields.length > 0 && (
        <PersonGroups title={t('stage.perDefendant')} emptyText={t('stage.noDefendants')} groups={view.defendantGroups} role="defendant" />
      )}
    </section>
  );
}
