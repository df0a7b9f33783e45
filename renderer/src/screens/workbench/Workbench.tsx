// The unlocked application: the case list or one case, with the status bar below. It exists
// only while the vault is unlocked; locking unmounts it with every bit of case state it held.
import { useCallback, useEffect, useState } from 'react';
import { StatusBar } from '../../components/StatusBar';
import { useSession } from '../../session/session-context';
import { CaseListScreen } from '../case-list/CaseListScreen';
import { DEFAULT_FILTERS, type CaseListFilters } from '../case-list/case-list-query';
import { CaseWorkspace } from '../case-workspace/CaseWorkspace';
import { CodebookScreen } from '../codebook/CodebookScreen';
import { CrossCaseTableScreen } from '../cross-case-table/CrossCaseTableScreen';
import { ReviewOverviewScreen } from '../overview/ReviewOverviewScreen';
import { DraftRecoveryNotice } from './DraftRecoveryNotice';
import { WorkbenchNav, type Section } from './WorkbenchNav';

type Route =
  | { kind: 'list'; returnedFromId: string | null }
  | { kind: 'case'; caseId: string; stageId: string | null; from: Section }
  | { kind: 'overview' }
  | { kind: 'table' }
  | { kind: 'codebook' };

export function Workbench() {
  const { lock } = useSession();
  const [route, setRoute] = useState<Route>({ kind: 'list', returnedFromId: null });
  const [filters, setFilters] = useState<CaseListFilters>(DEFAULT_FILTERS);
  const section: Section = route.kind === 'case' ? route.from : route.kind;
  const openCase = useCallback(
    (from: Section) => (caseId: string, stageId: string | null = null) => setRoute({ kind: 'case', caseId, stageId, from }),
    [],
  );
  const backFrom = (caseId: string, from: Section): Route =>
    from === 'list' ? { kind: 'list', returnedFromId: caseId } : ({ kind: from } as Route);

  // Ctrl+L locks from anywhere. KeyL, not the character: on a Macedonian layout it types "л".
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyL') {
        event.preventDefault();
        void lock().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);

  return (
    <div className="shell">
      <DraftRecoveryNotice />
      <WorkbenchNav current={section} onSelect={(s) => setRoute(s === 'list' ? { kind: 'list', returnedFromId: null } : ({ kind: s } as Route))} />
      <div className="shell-content">
        {route.kind === 'list' && (
          <CaseListScreen filters={filters} onFiltersChange={setFilters} onOpenCase={openCase('list')} returnedFromId={route.returnedFromId} />
        )}
        {route.kind === 'case' && (
          <CaseWorkspace
            key={route.caseId}
            caseId={route.caseId}
            initialStageId={route.stageId}
            onBack={() => setRoute(backFrom(route.caseId, route.from))}
          />
        )}
        {route.kind === 'overview' && <ReviewOverviewScreen onOpenCase={openCase('overview')} />}
        {route.kind === 'table' && <CrossCaseTableScreen onOpenCase={openCase('table')} />}
        {route.kind === 'codebook' && <CodebookScreen />}
      </div>
      <StatusBar />
    </div>
  );
}
