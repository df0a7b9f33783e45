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
  /** False while the rows after the first page are still on their way. */
  complete: boolean;
  error: ClientErrorCode | null;
}

const INITIAL: CaseListState = { items: [], total: 0, overall: 0, loaded: false, loading: true, complete: false, error: null };

/**
 * Rows fetched first after a filter change: enough to fill the screen at once. The rest of
 * the matches (up to the list limit) follow in a second request, so narrowing a list of
 * 10,000 cases shows its first rows in milliseconds instead of waiting for every row.
 */
export const FIRST_PAGE = 200;

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
    const request = toListRequest(settled);
    Promise.all([dossier.cases.list({ ...request, limit: FIRST_PAGE }), filtered ? dossier.cases.list({ limit: 1 }) : Promise.resolve(null)]).then(
      ([first, all]) => {
        if (!live) return;
        const complete = first.items.length >= first.total;
        setState({ items: first.items, total: first.total, overall: all ? all.total : first.total, loaded: true, loading: !complete, complete, error: null });
        if (complete) return;
        dossier.cases.list(request).then(
          (full) => {
            if (live) setState((s) => ({ ...s, items: full.items, total: full.total, loading: false, complete: true }));
          },
          (err: unknown) => {
            if (live) setState((s) => ({ ...s, loading: false, error: errorCode(err) }));
          },
        );
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
