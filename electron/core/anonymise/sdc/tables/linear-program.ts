// A small dense two-phase simplex: maximise c·x subject to A·x = b, x ≥ 0. It serves the
// interval audit (interval-audit.ts), whose programs have a few dozen rows and variables with
// coefficients ±1, so a textbook tableau is fast enough and easy to check. Bland's rule (lowest
// index enters and leaves) rules out cycling; rows made redundant by the table's own structure
// (the row lines and the column lines add up to the same grand total) are dropped after phase 1.

export type LinearProgramResult = { status: 'optimal'; value: number } | { status: 'unbounded' } | { status: 'infeasible' };

const EPS = 1e-9;

class Tableau {
  readonly rows: number[][];
  readonly basis: number[];
  readonly width: number;

  constructor(a: readonly (readonly number[])[], b: readonly number[], variables: number) {
    const m = a.length;
    this.width = variables + m;
    this.basis = [];
    this.rows = a.map((row, i) => {
      const sign = (b[i] as number) < 0 ? -1 : 1;
      const full = new Array<number>(this.width + 1).fill(0);
      for (let j = 0; j < variables; j++) full[j] = sign * (row[j] ?? 0);
      full[variables + i] = 1;
      full[this.width] = sign * (b[i] as number);
      this.basis.push(variables + i);
      return full;
    });
  }

  pivot(row: number, column: number, objective: number[]): void {
    const pivotRow = this.rows[row] as number[];
    const factor = pivotRow[column] as number;
    for (let j = 0; j <= this.width; j++) pivotRow[j] = (pivotRow[j] as number) / factor;
    const eliminate = (target: number[]): void => {
      const f = target[column] as number;
      if (Math.abs(f) < EPS) return;
      for (let j = 0; j <= this.width; j++) target[j] = (target[j] as number) - f * (pivotRow[j] as number);
    };
    this.rows.forEach((r, i) => {
      if (i !== row) eliminate(r);
    });
    eliminate(objective);
    this.basis[row] = column;
  }

  /** Runs simplex on `objective` (z-row: z_j = c_B·B⁻¹A_j − c_j; rhs = current value). */
  optimise(objective: number[], allowed: (column: number) => boolean): 'optimal' | 'unbounded' {
    for (;;) {
      let entering = -1;
      for (let j = 0; j < this.width; j++) {
        if (allowed(j) && (objective[j] as number) < -EPS) {
          entering = j;
          break;
        }
      }
      if (entering === -1) return 'optimal';
      let leaving = -1;
      let bestRatio = Number.POSITIVE_INFINITY;
      this.rows.forEach((r, i) => {
        const coefficient = r[entering] as number;
        if (coefficient <= EPS) return;
        const ratio = (r[this.width] as number) / coefficient;
        if (ratio < bestRatio - EPS || (Math.abs(ratio - bestRatio) <= EPS && (this.basis[i] as number) < (this.basis[leaving] as number))) {
          bestRatio = ratio;
          leaving = i;
        }
      });
      if (leaving === -1) return 'unbounded';
      this.pivot(leaving, entering, objective);
    }
  }
}

export function maximise(a: readonly (readonly number[])[], b: readonly number[], c: readonly number[]): LinearProgramResult {
  const n = c.length;
  const tableau = new Tableau(a, b, n);
  const isArtificial = (j: number): boolean => j >= n;

  // Phase 1: maximise −Σ artificials; feasible iff that reaches 0.
  const phase1 = new Array<number>(tableau.width + 1).fill(0);
  for (const row of tableau.rows) {
    for (let j = 0; j < n; j++) phase1[j] = (phase1[j] as number) - (row[j] as number);
    phase1[tableau.width] = (phase1[tableau.width] as number) - (row[tableau.width] as number);
  }
  tableau.optimise(phase1, () => true);
  if ((phase1[tableau.width] as number) < -1e-7) return { status: 'infeasible' };

  // Drive artificials out of the basis; a row where none can leave is redundant.
  for (let i = tableau.rows.length - 1; i >= 0; i--) {
    if (!isArtificial(tableau.basis[i] as number)) continue;
    const row = tableau.rows[i] as number[];
    const column = row.findIndex((x, j) => j < n && Math.abs(x) > EPS);
    if (column >= 0) {
      tableau.pivot(i, column, phase1);
    } else {
      tableau.rows.splice(i, 1);
      tableau.basis.splice(i, 1);
    }
  }

  // Phase 2 on the original objective.
  const phase2 = new Array<number>(tableau.width + 1).fill(0);
  for (let j = 0; j < n; j++) phase2[j] = -(c[j] as number);
  tableau.rows.forEach((row, i) => {
    const cb = c[tableau.basis[i] as number] ?? 0;
    if (cb === 0) return;
    for (let j = 0; j <= tableau.width; j++) phase2[j] = (phase2[j] as number) + cb * (row[j] as number);
  });
  const status = tableau.optimise(phase2, (j) => !isArtificial(j));
  return status === 'unbounded' ? { status } : { status: 'optimal', value: phase2[tableau.width] as number };
}
