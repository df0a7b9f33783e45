import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../shared/domain/case';
import { errorCode, type ClientErrorCode } from '../../api/api-error';
import { dossier, subscribe } from '../../api/client';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { hasActiveFilter, toListRequest, type CaseListFilters } from './case-list-query';

export interface CaseListState {
  items: CaseSummary[];
  /** Cases matching the filter (may exceed items.length past the list limit). */
  total: number;
  /** Cases in the vault, filter or not: the "of 10,000" in "312 of 10,000 cases". */
  overall: number;
  loaded: boolean;
  loading: boolean;
  error: ClientErrorCode | null;
}

const INITIAL: CaseListState = { items: [], total: 0, overall: 0, loaded: false, loading: true, error: null };

/** Typing in the search box re-queries once it pauses for this long. */
const FILTER_DEBOUNCE_MS = 150;

export function useCaseList(filters: CaseListFilters): CaseListState & { reload: () => void } {
  const [state, setState] = useState<CaseListState>(INITIAL);
  const [reloads, setReloads] = useState(0);
  const settled = useDebouncedValue(filters, FILTER_DEBOUNCE_MS);

  useEffect(() => subscribe('cases:changed', () => setReloads((n) => n + 1)), []);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    const filtered = hasActiveFilter(settled);
    Promise.all([dossier.cases.list(toListRequest(settled)), filtered ? dossier.cases.list({ limit: 1 }) : Promise.resolve(null)]).then(
      ([list, all]) => {
        if (!live) return;
        setState({ items: list.items, total: list.total, overall: all ? all.total : list.total, loaded: true, loading: false, error: null });
      },
      (err: unknown) => {
        if (live) setState((s) => ({ ...s, loading: false, error: errorCode(err) }));
      },
    );
    // A slower, older answer must never overwrite a newer one.
    return () => {
      live = false;
    };
  }, [settled, reloads]);

  return { ...state, reload: () => setReloads((n) => n + 1) };
}
