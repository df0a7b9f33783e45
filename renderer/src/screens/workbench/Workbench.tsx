// The unlocked application: the case list or one case, with the status bar below. It exists
// only while the vault is unlocked; locking unmounts it with every bit of case state it held.
import { useEffect, useState } from 'react';
import { StatusBar } from '../../components/StatusBar';
import { useSession } from '../../session/session-context';
import { CaseListScreen } from '../case-list/CaseListScreen';
import { DEFAULT_FILTERS, type CaseListFilters } from '../case-list/case-list-query';
import { CaseWorkspace } from '../case-workspace/CaseWorkspace';
import { DraftRecoveryNotice } from './DraftRecoveryNotice';

type Route = { kind: 'list'; returnedFromId: string | null } | { kind: 'case'; caseId: string };

export function Workbench() {
  const { lock } = useSession();
  const [route, setRoute] = useState<Route>({ kind: 'list', returnedFromId: null });
  const [filters, setFilters] = useState<CaseListFilters>(DEFAULT_FILTERS);

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
      <div className="shell-content">
        {route.kind === 'list' ? (
          <CaseListScreen
            filters={filters}
            onFiltersChange={setFilters}
            onOpenCase={(caseId) => setRoute({ kind: 'case', caseId })}
            returnedFromId={route.returnedFromId}
          />
        ) : (
          <CaseWorkspace key={route.caseId} caseId={route.caseId} onBack={() => setRoute({ kind: 'list', returnedFromId: route.caseId })} />
        )}
      </div>
      <StatusBar />
    </div>
  );
}
