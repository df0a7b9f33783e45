import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import type { Coding } from '../../../../shared/domain/coding';
import { codebookText } from '../../codebook/codebook-text';
import { useSession } from '../../session/session-context';
import { useCaseCoding } from './coding/use-case-coding';
import { useTranslation } from 'react-i18next';
import { CaseHeader } from './CaseHeader';
import { DocumentsPanel } from './documents/DocumentsPanel';
import { MemosPanel } from './memos/MemosPanel';
import { PersonsPanel } from './persons/PersonsPanel';
import { StagePanel } from './stages/StagePanel';
import { StageTabs, stageTabId } from './stages/StageTabs';
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

  return (
    <LoadedWorkspace
      caseId={caseId}
      detail={detail}
      codebook={codebook}
      initialStageId={initialStageId}
      stageIndex={stageIndex}
      setStageIndex={setStageIndex}
      headingId={headingId}
      headingRef={headingRef}
      tabsId={tabsId}
      onBack={onBack}
      reload={reload}
      update={update}
    />
  );
}

interface LoadedWorkspaceProps {
  caseId: string;
  detail: CaseDetail;
  codebook: Codebook;
  initialStageId: string | null;
  stageIndex: number | null;
  setStageIndex: (index: number) => void;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  tabsId: string;
  onBack: () => void;
  reload: () => void;
  update: (change: (detail: CaseDetail) => CaseDetail) => void;
}

/** The workspace once the case and its codebook are loaded (the coding hook needs both). */
function LoadedWorkspace(props: LoadedWorkspaceProps) {
  const { caseId, detail, codebook, initialStageId, stageIndex, setStageIndex, headingId, headingRef, tabsId, onBack, reload, update } = props;
  const { t } = useTranslation();
  const { settings } = useSession();
  const text = useMemo(() => codebookText(codebook, settings.codebookLanguage), [codebook, settings.codebookLanguage]);
  const labelOf = useCallback(
    (fieldId: string) => {
      const field = codebook.stages.flatMap((s) => s.fields).find((f) => f.id === fieldId);
      return field ? text.fieldLabel(field) : fieldId;
    },
    [codebook, text],
  );
  const onCodingsChange = useCallback((codings: Coding[]) => update((d) => ({ ...d, codings })), [update]);
  const coding = useCaseCoding(caseId, codebook, detail.codings, detail.persons, onCodingsChange);
  const [openRequest, setOpenRequest] = useState<{ documentId: string; nonce: number } | null>(null);
  const documentTitle = useCallback(
    (documentId: string) => detail.documents.find((d) => d.id === documentId)?.title || t('documents.untitled'),
    [detail.documents, t],
  );
  const onOpenDocument = useCallback((documentId: string) => setOpenRequest((r) => ({ documentId, nonce: (r?.nonce ?? 0) + 1 })), []);
  const stages = codebook.stages;
  const selected = stageIndex ?? Math.max(0, stages.findIndex((s) => s.id === initialStageId));

  // Alt+PageDown / Alt+PageUp: the next or previous stage from anywhere in the case, with
  // focus on its tab, so a reviewer codes stage after stage without the mouse.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
      event.preventDefault();
      const next = Math.min(stages.length - 1, Math.max(0, selected + (event.key === 'PageDown' ? 1 : -1)));
      setStageIndex(next);
      window.requestAnimationFrame(() => document.getElementById(stageTabId(tabsId, next))?.focus());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selected, stages.length, setStageIndex, tabsId]);
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
          progress={coding.evaluation.stages}
          text={text}
        />
        {stage && (
          <StagePanel
            idPrefix={tabsId}
            index={selected}
            caseId={caseId}
            stage={stage}
            persons={detail.persons}
            coding={coding}
            text={text}
            labelOf={labelOf}
            documentTitle={documentTitle}
            onOpenDocument={onOpenDocument}
          />
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
            openRequest={openRequest}
          />
          <MemosPanel caseId={caseId} memos={detail.memos} onMemosChange={(change) => update((d) => ({ ...d, memos: change(d.memos) }))} />
        </aside>
      </div>
    </main>
  );
}
