// Primary and secondary cell suppression (issue 6 item 4; research/anonymisation.md T4, T4b).
// Primary: every count below the threshold except 0 is suppressed, totals included. A true
// zero is released: Eurostat's THB collection publishes "0 = known to be none" as a value
// distinct from unknown, and hiding zeros would not hide a small group (T4: "non-zero counts
// below 5"). Secondary, repeated until nothing changes (a fixpoint):
//  1. a line with a single suppressed cell gets a second one, the cheapest of the line;
//  2. a suppressed cell the equations still determine (determined-cells.ts) gets the cheapest
//     complement that puts it on a cycle;
//  3. the interval audit: a primary cell an attacker can pin to a range narrower than the
//     threshold, or any suppressed cell pinned to one value, gets the cheapest complement in
//     its lines (anywhere in the table when its lines have none left).
// "Cheapest" is greedy: a non-zero count before a zero (a suppressed zero gives no room below
// it), an inner cell before the grand total, then the smallest count.
import { auditIntervals, type CellInterval } from './interval-audit';
import { determinedCells } from './determined-cells';
import type { TableLayout } from './table-layout';

export interface SuppressionPlan {
  suppressed: boolean[];
  primary: boolean[];
  /** The audit of the final pattern, one interval per suppressed cell. */
  intervals: CellInterval[];
}

function cheapest(layout: TableLayout, candidates: Iterable<number>, suppressed: readonly boolean[]): number | null {
  let best: number | null = null;
  const key = (cell: number): [number, number, number, number] => {
    const value = layout.values[cell] as number;
    return [value === 0 ? 1 : 0, cell === layout.grandTotal ? 1 : 0, value, cell];
  };
  for (const cell of candidates) {
    if (suppressed[cell]) continue;
    if (best === null) {
      best = cell;
      continue;
    }
    const a = key(cell);
    const b = key(best);
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if ((a[i] as number) < (b[i] as number)) best = cell;
        break;
      }
    }
  }
  return best;
}

function cellsOfLines(layout: TableLayout, cell: number): number[] {
  return (layout.linesOf[cell] ?? []).flatMap((l) => {
    const line = layout.lines[l];
    return line ? [...line.members, line.total] : [];
  });
}

function allCells(layout: TableLayout): number[] {
  return layout.values.map((_, i) => i);
}

/** Step 1: the cheapest second cell for the first line holding exactly one suppressed cell. */
function lonelyLineComplement(layout: TableLayout, suppressed: readonly boolean[]): number | null {
  for (const line of layout.lines) {
    const cells = [...line.members, line.total];
    if (cells.filter((c) => suppressed[c]).length === 1) {
      const choice = cheapest(layout, cells, suppressed);
      if (choice !== null) return choice;
    }
  }
  return null;
}

/** Step 2: the cheapest complement that stops the first determined cell being determined. */
function cycleComplement(layout: TableLayout, suppressed: boolean[]): number | null {
  const determined = determinedCells(layout, suppressed)[0];
  if (determined === undefined) return null;
  const fixes = allCells(layout).filter((candidate) => {
    if (suppressed[candidate]) return false;
    suppressed[candidate] = true;
    const stillDetermined = determinedCells(layout, suppressed).includes(determined);
    suppressed[candidate] = false;
    return !stillDetermined;
  });
  return cheapest(layout, fixes, suppressed) ?? cheapest(layout, cellsOfLines(layout, determined), suppressed) ?? cheapest(layout, allCells(layout), suppressed);
}

function isUnderProtected(interval: CellInterval, required: number): boolean {
  return interval.upper !== null && interval.upper - interval.lower < required;
}

export function planSuppression(layout: TableLayout, threshold: number): SuppressionPlan {
  const primary = layout.values.map((v) => v > 0 && v < threshold);
  const suppressed = [...primary];
  for (;;) {
    const complement = lonelyLineComplement(layout, suppressed) ?? cycleComplement(layout, suppressed);
    if (complement !== null) {
      suppressed[complement] = true;
      continue;
    }
    const intervals = auditIntervals(layout, suppressed);
    const weak = intervals.find((iv) => isUnderProtected(iv, primary[iv.cell] ? threshold : 1));
    if (!weak) return { suppressed, primary, intervals };
    const choice = cheapest(layout, cellsOfLines(layout, weak.cell), suppressed) ?? cheapest(layout, allCells(layout), suppressed);
    // Every cell suppressed leaves no upper bound at all, so the audit cannot fail then.
    if (choice === null) return { suppressed, primary, intervals };
    suppressed[choice] = true;
  }
}
