import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseHeader } from './CaseHeader';
import { DocumentsPanel } from './documents/DocumentsPanel';
import { MemosPanel } from './memos/MemosPanel';
import { PersonsPanel } from './persons/PersonsPanel';
import { StagePanel } from './stages/StagePanel';
import { StageTabs } from './stages/StageTabs';
import { useCaseDetail } from './use-case-detail';

interface CaseWorkspaceProps {
  caseId: string;
  /** The stage to open on (from the overview's heat map); null: the first. */
  initialStageId?: string | null;
  onBack: () => void;
}

export function CaseWorkspace({ caseId, initialStageId = null, onBack }: CaseWorkspaceProps) {
  const { t } = useTranslation();
  const { detail, codebook, error, reload, update } = useCaseDetail(caseId);
  const [stageIndex, setStageIndex] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const tabsId = useId();
  const loaded = detail !== null && codebook !== null;

  // Opening a case puts focus on its heading, so the next Tab continues inside the case.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  if (error && !loaded) {
    return (
      <main className="workspace-message">
        <p className="message message-error" role="alert">
          {error === 'NOT_FOUND' ? t('workspace.notFound') : t(`errors.${error}`)}
        </p>
        <button type="button" onClick={onBack}>
          {t('workspace.back')}
        </button>
      </main>
    );
  }
  if (!loaded) return <main className="workspace-message" aria-busy="true" aria-label={t('workspace.loading')} />;

  const stages = codebook.stages;
  const selected = stageIndex ?? Math.max(0, stages.findIndex((s) => s.id === initialStageId));
  const stage = stages[Math.min(selected, stages.length - 1)];

  return (
    <main className="workspace" aria-labelledby={headingId}>
      <CaseHeader
        summary={detail.case}
        headingId={headingId}
        headingRef={headingRef}
        onBack={onBack}
        onReload={reload}
        onChange={(summary) => update((d) => ({ ...d, case: summary }))}
      />
      <div className="workspace-body">
        <StageTabs
          idPrefix={tabsId}
          stages={stages}
          selected={selected}
          onSelect={setStageIndex}
          codings={detail.codings}
          persons={detail.persons}
        />
        {stage && (
          <StagePanel idPrefix={tabsId} index={selected} stage={stage} codings={detail.codings} persons={detail.persons} />
        )}
        <aside className="workspace-side" aria-label={t('workspace.sideLabel')}>
          <PersonsPanel
            caseId={caseId}
            persons={detail.persons}
            onPersonsChange={(change) => update((d) => ({ ...d, persons: change(d.persons) }))}
            onPersonRemoved={(id) => update((d) => ({ ...d, codings: d.codings.filter((c) => c.personId !== id) }))}
          />
          <DocumentsPanel
            caseId={caseId}
            documents={detail.documents}
            onDocumentsChange={(change) => update((d) => ({ ...d, documents: change(d.documents) }))}
          />
          <MemosPanel caseId={caseId} memos={detail.memos} onMemosChange={(change) => update((d) => ({ ...d, memos: change(d.memos) }))} />
        </aside>
      </div>
    </main>
  );
}
