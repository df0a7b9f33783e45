// The case list's filters and sort, and the request they make. Pure, so it is unit-tested.
import type { CaseListQuery, CaseStatus } from '../../../../shared/domain/case';
import type { CaseSortKey, Country } from '../../domain/enums';

/** One call for the whole list: the grid is virtualised, so 10,000 rows cost nothing to hold. */
export const CASE_LIST_LIMIT = 10_000;

export interface CaseListFilters {
  text: string;
  statuses: CaseStatus[];
  countries: Country[];
  sort: CaseSortKey;
  direction: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: CaseListFilters = { text: '', statuses: [], countries: [], sort: 'ref', direction: 'asc' };

export function hasActiveFilter(f: CaseListFilters): boolean {
  return f.text.trim() !== '' || f.statuses.length > 0 || f.countries.length > 0;
}

/** The server folds the text (diacritics and script), so it is sent as typed, only trimmed. */
export function toListRequest(f: CaseListFilters): CaseListQuery {
  const text = f.text.trim();
  return {
    ...(text !== '' ? { text: text.slice(0, 200) } : {}),
    ...(f.statuses.length > 0 ? { status: f.statuses } : {}),
    ...(f.countries.length > 0 ? { country: f.countries } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: CASE_LIST_LIMIT,
  };
}

/** Clicking the sorted column reverses it; another column starts ascending (newest first for dates). */
export function toggleSort(f: CaseListFilters, key: CaseSortKey): CaseListFilters {
  if (f.sort === key) return { ...f, direction: f.direction === 'asc' ? 'desc' : 'asc' };
  return { ...f, sort: key, direction: key === 'updatedAt' || key === 'createdAt' ? 'desc' : 'asc' };
}

export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** The row a navigation key moves to, clamped to the list; null for an empty list. */
export function moveActive(current: number, key: GridKey, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, pageSize);
  const from = Math.min(Math.max(current, 0), count - 1);
  const target = {
    ArrowUp: from - 1,
    ArrowDown: from + 1,
    PageUp: from - page,
    PageDown: from + page,
    Home: 0,
    End: count - 1,
  }[key];
  return Math.min(Math.max(target, 0), count - 1);
}

export function isGridKey(key: string): key is GridKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'PageUp' || key === 'PageDown' || key === 'Home' || key === 'End';
}
