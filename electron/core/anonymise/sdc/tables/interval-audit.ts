// The interval audit of research/anonymisation.md T4b (τ-ARGUS's audit): for each suppressed
// cell, the smallest and largest value it can take given every released number, every line
// equation and that counts are never negative — exactly what an attacker with a linear-
// programming solver can learn. A cell whose interval is a single number has been recomputed;
// a primary cell whose interval is narrower than the threshold is still known to be small.
import { DossierError } from '../../../../../shared/errors';
import { maximise } from './linear-program';
import type { TableLayout } from './table-layout';

export interface CellInterval {
  cell: number;
  lower: number;
  /** null when nothing bounds the cell from above (the totals around it are suppressed too). */
  upper: number | null;
}

const ROUNDING = 1e-6;

export function auditIntervals(layout: TableLayout, suppressed: readonly boolean[]): CellInterval[] {
  const unknowns = suppressed.flatMap((s, cell) => (s ? [cell] : []));
  const column = new Map(unknowns.map((cell, j) => [cell, j]));
  const a: number[][] = [];
  const b: number[] = [];
  for (const line of layout.lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    let rhs = 0;
    let hasUnknown = false;
    const add = (cell: number, sign: number): void => {
      const j = column.get(cell);
      if (j === undefined) {
        rhs -= sign * (layout.values[cell] as number);
      } else {
        row[j] = sign;
        hasUnknown = true;
      }
    };
    for (const member of line.members) add(member, 1);
    add(line.total, -1);
    if (hasUnknown) {
      a.push(row);
      b.push(rhs);
    }
  }
  return unknowns.map((cell, j) => {
    const up = new Array<number>(unknowns.length).fill(0);
    up[j] = 1;
    const down = up.map((x) => -x);
    const highest = maximise(a, b, up);
    const lowest = maximise(a, b, down);
    if (highest.status === 'infeasible' || lowest.status !== 'optimal') {
      // The true table is always a solution, so this is a bug, never a property of the data.
      throw new DossierError('INTERNAL', 'A table could not be checked for disclosure; nothing was exported.');
    }
    return {
      cell,
      // Math.max(0, …) also turns the −0 of a negated zero into 0.
      lower: Math.max(0, Math.ceil(-lowest.value - ROUNDING)),
      upper: highest.status === 'unbounded' ? null : Math.max(0, Math.floor(highest.value + ROUNDING)),
    };
  });
}
