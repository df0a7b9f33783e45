// An attacker's tools against a published count table, written for the tests and independent
// of the engine: the attacker knows the table's structure (which cells add up to which totals),
// every released number, and that counts are whole and never negative. Three attacks:
// - peeling: a line with one unknown gives it away; repeat until nothing more falls;
// - linear algebra: exact Gaussian elimination (rationals on BigInt) of all line equations;
//   a pivot row with no free variable recovers that cell;
// - enumeration (small tables): every non-negative whole solution, giving each cell's range.

export interface AttackTable {
  /** True values of all cells (used to build the released view and check consistency). */
  values: readonly number[];
  lines: readonly { members: readonly number[]; total: number }[];
  /** Which cells the publisher withheld. */
  suppressed: readonly boolean[];
}

/** Lines as equations over unknowns: Σ coef·x = rhs (members +1, total −1). */
function equations(table: AttackTable): { unknowns: number[]; rows: { coef: Map<number, number>; rhs: number }[] } {
  const unknowns = table.suppressed.flatMap((s, i) => (s ? [i] : []));
  const rows = table.lines.map((line) => {
    const coef = new Map<number, number>();
    let rhs = 0;
    const add = (cell: number, sign: number): void => {
      if (table.suppressed[cell]) coef.set(cell, (coef.get(cell) ?? 0) + sign);
      else rhs -= sign * (table.values[cell] as number);
    };
    line.members.forEach((m) => add(m, 1));
    add(line.total, -1);
    return { coef, rhs };
  });
  return { unknowns, rows };
}

/** Peeling attack; returns the cells it recovered, with the value it found. */
export function peelingAttack(table: AttackTable): Map<number, number> {
  const known = new Map<number, number>();
  const { rows } = equations(table);
  let progress = true;
  while (progress) {
    progress = false;
    for (const row of rows) {
      const open = [...row.coef.entries()].filter(([cell, c]) => c !== 0 && !known.has(cell));
      if (open.length !== 1) continue;
      const [cell, coefficient] = open[0] as [number, number];
      let rest = row.rhs;
      for (const [other, c] of row.coef) if (known.has(other)) rest -= c * (known.get(other) as number);
      known.set(cell, rest / coefficient);
      progress = true;
    }
  }
  return known;
}

class Fraction {
  constructor(readonly n: bigint, readonly d: bigint = 1n) {}
  static of(n: bigint, d: bigint): Fraction {
    if (d < 0n) return Fraction.of(-n, -d);
    const g = gcd(n < 0n ? -n : n, d);
    return new Fraction(n / (g === 0n ? 1n : g), d / (g === 0n ? 1n : g));
  }
  sub(o: Fraction): Fraction {
    return Fraction.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Fraction): Fraction {
    return Fraction.of(this.n * o.n, this.d * o.d);
  }
  div(o: Fraction): Fraction {
    return Fraction.of(this.n * o.d, this.d * o.n);
  }
  get zero(): boolean {
    return this.n === 0n;
  }
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export interface ReducedSystem {
  unknowns: number[];
  /** pivotOf[j] = row index whose pivot is unknown j, or -1 for a free unknown. */
  pivotOf: number[];
  /** Reduced rows: coefficients per unknown and right-hand side. */
  rows: Fraction[][];
}

/** Reduced row echelon form of the line equations (exact). */
export function reduce(table: AttackTable): ReducedSystem {
  const { unknowns, rows: eqs } = equations(table);
  const index = new Map(unknowns.map((cell, j) => [cell, j]));
  const rows: Fraction[][] = eqs.map((eq) => {
    const row = unknowns.map(() => new Fraction(0n));
    for (const [cell, c] of eq.coef) row[index.get(cell) as number] = new Fraction(BigInt(c));
    row.push(new Fraction(BigInt(eq.rhs)));
    return row;
  });
  const pivotOf = unknowns.map(() => -1);
  let r = 0;
  for (let j = 0; j < unknowns.length && r < rows.length; j++) {
    const p = rows.findIndex((row, i) => i >= r && !(row[j] as Fraction).zero);
    if (p === -1) continue;
    [rows[r], rows[p]] = [rows[p] as Fraction[], rows[r] as Fraction[]];
    const pivotRow = rows[r] as Fraction[];
    const pv = pivotRow[j] as Fraction;
    for (let k = 0; k < pivotRow.length; k++) pivotRow[k] = (pivotRow[k] as Fraction).div(pv);
    rows.forEach((row, i) => {
      if (i === r || (row[j] as Fraction).zero) return;
      const f = row[j] as Fraction;
      for (let k = 0; k < row.length; k++) row[k] = (row[k] as Fraction).sub(f.mul(pivotRow[k] as Fraction));
    });
    pivotOf[j] = r;
    r++;
  }
  return { unknowns, pivotOf, rows };
}

/** Linear-algebra attack: the cells the equations pin to one value, with that value. */
export function eliminationAttack(table: AttackTable): Map<number, number> {
  const system = reduce(table);
  const recovered = new Map<number, number>();
  system.pivotOf.forEach((r, j) => {
    if (r === -1) return;
    const row = system.rows[r] as Fraction[];
    const free = row.slice(0, system.unknowns.length).some((c, k) => k !== j && !c.zero);
    if (!free) recovered.set(system.unknowns[j] as number, (row[system.unknowns.length] as Fraction).toNumber());
  });
  return recovered;
}

/**
 * Every whole, non-negative solution with free unknowns in [0, cap]: the range of each
 * suppressed cell. Returns null when the enumeration would be too large for a unit test.
 */
export function enumerateRanges(table: AttackTable, cap: number, maxSteps = 2_000_000): Map<number, { min: number; max: number }> | null {
  const system = reduce(table);
  const free = system.pivotOf.flatMap((r, j) => (r === -1 ? [j] : []));
  if ((cap + 1) ** free.length > maxSteps) return null;
  const ranges = new Map<number, { min: number; max: number }>();
  const assignment = new Array<number>(system.unknowns.length).fill(0);
  const record = (): void => {
    const values = [...assignment];
    for (let j = 0; j < system.unknowns.length; j++) {
      const r = system.pivotOf[j] as number;
      if (r === -1) continue;
      const row = system.rows[r] as Fraction[];
      let value = (row[system.unknowns.length] as Fraction).toNumber();
      for (const f of free) value -= (row[f] as Fraction).toNumber() * (assignment[f] as number);
      if (value < -1e-9 || Math.abs(value - Math.round(value)) > 1e-9) return;
      values[j] = Math.round(value);
    }
    values.forEach((v, j) => {
      const cell = system.unknowns[j] as number;
      const range = ranges.get(cell);
      if (!range) ranges.set(cell, { min: v, max: v });
      else ranges.set(cell, { min: Math.min(range.min, v), max: Math.max(range.max, v) });
    });
  };
  const walk = (i: number): void => {
    if (i === free.length) {
      record();
      return;
    }
    for (let v = 0; v <= cap; v++) {
      assignment[free[i] as number] = v;
      walk(i + 1);
    }
  };
  walk(0);
  return ranges;
}
