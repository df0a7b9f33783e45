// Applies the small-cell rule to one-way and two-way count tables (issue 6 item 4): primary
// suppression below the threshold, secondary suppression until no suppressed cell can be
// recomputed from the margins or pinned below the threshold (secondary-suppression.ts). The
// result holds no value for any suppressed cell; the interval audit says what an attacker can
// still bound, for the verification report (T4b).
import { DossierError } from '../../../../../shared/errors';
import { toProtectedCell, type ProtectedCell } from './protected-cell';
import { planSuppression } from './secondary-suppression';
import { oneWayLayout, twoWayIds, twoWayLayout } from './table-layout';

export interface SuppressionSummary {
  threshold: number;
  primary: number;
  secondary: number;
  /** For each suppressed cell: what the released numbers still allow (upper null = unbounded). */
  intervals: { cell: string; lower: number; upper: number | null }[];
}

export interface ProtectedOneWayTable {
  categories: string[];
  cells: ProtectedCell[];
  total: ProtectedCell;
  suppression: SuppressionSummary;
}

export interface ProtectedTwoWayTable {
  rowCategories: string[];
  columnCategories: string[];
  /** cells[row][column] */
  cells: ProtectedCell[][];
  rowTotals: ProtectedCell[];
  columnTotals: ProtectedCell[];
  total: ProtectedCell;
  suppression: SuppressionSummary;
}

function checkThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new DossierError('VALIDATION', 'The cell threshold must be a whole number of at least 1.');
}

function checkCounts(counts: readonly number[]): void {
  if (counts.some((c) => !Number.isInteger(c) || c < 0)) throw new DossierError('VALIDATION', 'Counts must be whole numbers, zero or more.');
}

function summary(threshold: number, plan: ReturnType<typeof planSuppression>, name: (cell: number) => string): SuppressionSummary {
  const primary = plan.primary.filter(Boolean).length;
  return {
    threshold,
    primary,
    secondary: plan.suppressed.filter(Boolean).length - primary,
    intervals: plan.intervals.map((iv) => ({ cell: name(iv.cell), lower: iv.lower, upper: iv.upper })),
  };
}

export function protectOneWayTable(categories: readonly string[], counts: readonly number[], threshold: number): ProtectedOneWayTable {
  checkThreshold(threshold);
  checkCounts(counts);
  if (categories.length !== counts.length || categories.length === 0) throw new DossierError('VALIDATION', 'A table needs one count per category.');
  const layout = oneWayLayout(counts);
  const plan = planSuppression(layout, threshold);
  const cell = (id: number): ProtectedCell => toProtectedCell(layout.values[id] as number, plan.suppressed[id] === true, plan.primary[id] === true);
  return {
    categories: [...categories],
    cells: counts.map((_, i) => cell(i)),
    total: cell(layout.grandTotal),
    suppression: summary(threshold, plan, (id) => (id === layout.grandTotal ? 'total' : (categories[id] as string))),
  };
}

export function protectTwoWayTable(
  rowCategories: readonly string[],
  columnCategories: readonly string[],
  counts: readonly (readonly number[])[],
  threshold: number,
): ProtectedTwoWayTable {
  checkThreshold(threshold);
  if (rowCategories.length === 0 || columnCategories.length === 0 || counts.length !== rowCategories.length || counts.some((row) => row.length !== columnCategories.length)) {
    throw new DossierError('VALIDATION', 'A table needs one count per row and column category.');
  }
  counts.forEach(checkCounts);
  const layout = twoWayLayout(counts);
  const ids = twoWayIds(rowCategories.length, columnCategories.length);
  const plan = planSuppression(layout, threshold);
  const cell = (id: number): ProtectedCell => toProtectedCell(layout.values[id] as number, plan.suppressed[id] === true, plan.primary[id] === true);
  const names = new Map<number, string>();
  rowCategories.forEach((r, i) => {
    columnCategories.forEach((c, j) => names.set(ids.cell(i, j), `${r} × ${c}`));
    names.set(ids.rowTotal(i), `${r} × total`);
  });
  columnCategories.forEach((c, j) => names.set(ids.columnTotal(j), `total × ${c}`));
  names.set(ids.grandTotal, 'total');
  return {
    rowCategories: [...rowCategories],
    columnCategories: [...columnCategories],
    cells: rowCategories.map((_, i) => columnCategories.map((_, j) => cell(ids.cell(i, j)))),
    rowTotals: rowCategories.map((_, i) => cell(ids.rowTotal(i))),
    columnTotals: columnCategories.map((_, j) => cell(ids.columnTotal(j))),
    total: cell(ids.grandTotal),
    suppression: summary(threshold, plan, (id) => names.get(id) ?? String(id)),
  };
}
