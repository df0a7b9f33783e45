import type { CaseSortKey } from '../../domain/enums';

export type CaseColumnId = 'ref' | 'title' | 'status' | 'country' | 'victims' | 'defendants' | 'updatedAt';

export interface CaseColumn {
  id: CaseColumnId;
  /** null: the server cannot sort by it (counts are computed per row). */
  sortKey: CaseSortKey | null;
  numeric?: boolean;
}

export const CASE_COLUMNS: readonly CaseColumn[] = [
  { id: 'ref', sortKey: 'ref' },
  { id: 'title', sortKey: 'title' },
  { id: 'status', sortKey: 'status' },
  { id: 'country', sortKey: 'country' },
  { id: 'victims', sortKey: null, numeric: true },
  { id: 'defendants', sortKey: null, numeric: true },
  { id: 'updatedAt', sortKey: 'updatedAt' },
];
