// The heat map's rows, filters and colour scale. Pure (no React, no i18n), so it is unit-tested.
import type { CaseStatus } from '../../../../shared/domain/case';
import type { OverviewRow, StageCell } from '../../../../shared/domain/review';

export interface OverviewFilters {
  text: string;
  /** Empty: every status. */
  status: CaseStatus | '';
}

export const DEFAULT_OVERVIEW_FILTERS: OverviewFilters = { text: '', status: '' };

/** Five steps of completeness; the colour of each is set in review.css with a contrasting text colour. */
export type HeatLevel = 'na' | 'none' | 'low' | 'mid' | 'high' | 'full';

export function heatLevel(cell: StageCell | undefined): HeatLevel {
  if (!cell || cell.applicable === 0) return 'na';
  const share = cell.answered / cell.applicable;
  if (share <= 0) return 'none';
  if (share < 0.34) return 'low';
  if (share < 0.67) return 'mid';
  if (share < 1) return 'high';
  return 'full';
}

export interface Completeness {
  answered: number;
  applicable: number;
  problems: number;
}

/** The sum over the stages of the current codebook (a stage of another version is not counted). */
export function rowCompleteness(row: OverviewRow, stageIds: readonly string[]): Completeness {
  let answered = 0;
  let applicable = 0;
  let problems = 0;
  for (const id of stageIds) {
    const cell = row.stages[id];
    if (!cell) continue;
    answered += cell.answered;
    applicable += cell.applicable;
    problems += cell.problems;
  }
  return { answered, applicable, problems };
}

/** Whole percent, rounded down so that 99.6 % never shows as a finished 100 %. */
export function percent(answered: number, applicable: number): number | null {
  if (applicable === 0) return null;
  return Math.floor((answered / applicable) * 100);
}

export interface OverviewSummary {
  total: number;
  byStatus: Record<CaseStatus, number>;
  /** Over every case: answered / applicable, null when nothing applies yet. */
  percent: number | null;
}

export function summarise(rows: readonly OverviewRow[], stageIds: readonly string[]): OverviewSummary {
  const byStatus: Record<CaseStatus, number> = { not_started: 0, in_progress: 0, coded: 0, verified: 0 };
  let answered = 0;
  let applicable = 0;
  for (const row of rows) {
    byStatus[row.status] += 1;
    const c = rowCompleteness(row, stageIds);
    answered += c.answered;
    applicable += c.applicable;
  }
  return { total: rows.length, byStatus, percent: percent(answered, applicable) };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Matching rows, sorted by reference (numeric parts in number order: MK-2 before MK-10). */
export function filterOverviewRows(rows: readonly OverviewRow[], filters: OverviewFilters): OverviewRow[] {
  const needle = filters.text.trim().toLocaleLowerCase();
  return rows
    .filter((row) => (filters.status === '' || row.status === filters.status) && (needle === '' || row.ref.toLocaleLowerCase().includes(needle) || row.title.toLocaleLowerCase().includes(needle)))
    .sort((a, b) => collator.compare(a.ref, b.ref));
}

/** A short column heading for a stage: its first word, cut to fit a narrow heat-map column. */
export function abbreviate(label: string, max = 8): string {
  const first = label.trim().split(/[\s:,;/]+/)[0] ?? label;
  return first.length <= max ? first : `${first.slice(0, max - 1)}.`;
}
