// The small-cell rule on count tables, attacked with the tests' own tools (helpers/
// table-attacks.ts): peeling one unknown per line, exact Gaussian elimination, and on small
// tables the enumeration of every whole non-negative solution. No attack may recover a
// suppressed value, on hundreds of seeded random tables.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../electron/core/demo/prng';
import { protectOneWayTable, protectTwoWayTable } from '../../../../electron/core/anonymise/sdc/tables/protect-table';
import type { ProtectedCell } from '../../../../electron/core/anonymise/sdc/tables/protected-cell';
import { planSuppression } from '../../../../electron/core/anonymise/sdc/tables/secondary-suppression';
import { oneWayLayout, twoWayLayout, type TableLayout } from '../../../../electron/core/anonymise/sdc/tables/table-layout';
import { errorCodeOf } from '../../../helpers/error-code';
import { eliminationAttack, enumerateRanges, peelingAttack, type AttackTable } from './helpers/table-attacks';

function randomCounts(seed: number, rows: number, columns: number): number[][] {
  const rng = createRng(seed, 17);
  // Shaped like TIP tables: many zeros and small counts, a few large ones.
  const value = (): number => (rng.chance(0.2) ? 0 : rng.chance(0.5) ? rng.int(1, 6) : rng.int(5, 40));
  return Array.from({ length: rows }, () => Array.from({ length: columns }, value));
}

/** What the publisher releases, as the attacker sees it: the suppressed cells' values are gone. */
function released(layout: TableLayout, suppressed: readonly boolean[]): AttackTable {
  return { values: layout.values.map((v, i) => (suppressed[i] ? Number.NaN : v)), lines: layout.lines, suppressed };
}

/** The true values are needed only to replay the enumeration; the attacks never read them. */
function withTruth(layout: TableLayout, suppressed: readonly boolean[]): AttackTable {
  return { values: layout.values, lines: layout.lines, suppressed };
}

function attackAll(layout: TableLayout, threshold: number): { recovered: number; enumerated: boolean } {
  const plan = planSuppression(layout, threshold);
  const view = released(layout, plan.suppressed);
  const recovered = peelingAttack(view).size + eliminationAttack(view).size;
  const total = layout.values[layout.grandTotal] as number;
  const cap = plan.suppressed[layout.grandTotal] ? total + 2 * threshold : total;
  const ranges = enumerateRanges(withTruth(layout, plan.suppressed), cap, 1_000_000);
  if (ranges) {
    for (const interval of plan.intervals) {
      const range = ranges.get(interval.cell);
      expect(range).toBeDefined();
      if (!range) continue;
      // Nothing pins a suppressed cell to one value, even knowing counts are whole and ≥ 0 ...
      expect(range.max).toBeGreaterThan(range.min);
      // ... and a primary cell cannot be bounded to a range narrower than the threshold (T4b).
      if (plan.primary[interval.cell]) expect(range.max - range.min).toBeGreaterThanOrEqual(threshold);
      // The engine's own audit reports exactly what the attacker can learn.
      expect(interval.lower).toBe(range.min);
      if (interval.upper === null) expect(range.max).toBeGreaterThanOrEqual(total);
      else expect(interval.upper).toBe(range.max);
    }
  }
  // Every released value is the true value, and every cell below the threshold (but 0) is hidden.
  layout.values.forEach((v, i) => {
    if (v > 0 && v < threshold) expect(plan.suppressed[i]).toBe(true);
  });
  return { recovered, enumerated: ranges !== null };
}

describe('secondary suppression withstands the attacks', () => {
  it('on 250 random two-way tables (2-5 rows × 2-6 columns, thresholds 3, 5 and 10)', () => {
    let enumerated = 0;
    for (let seed = 0; seed < 250; seed++) {
      const rng = createRng(seed, 3);
      const layout = twoWayLayout(randomCounts(seed, rng.int(2, 5), rng.int(2, 6)));
      const result = attackAll(layout, rng.pick([3, 5, 10]));
      expect(result.recovered).toBe(0);
      if (result.enumerated) enumerated++;
    }
    // The enumeration must really have run on most tables, not been skipped.
    expect(enumerated).toBeGreaterThan(120);
  });

  it('on 150 random one-way tables', () => {
    for (let seed = 0; seed < 150; seed++) {
      const rng = createRng(seed, 4);
      const result = attackAll(oneWayLayout(randomCounts(seed + 1_000, 1, rng.int(2, 9))[0] as number[]), rng.pick([3, 5, 10]));
      expect(result.recovered).toBe(0);
    }
  });

  it('the attacks do work: primary suppression alone gives cells away', () => {
    const layout = twoWayLayout([
      [12, 3, 20],
      [8, 15, 30],
    ]);
    const primaryOnly = layout.values.map((v) => v > 0 && v < 5);
    expect(peelingAttack(released(layout, primaryOnly))).toEqual(new Map([[1, 3]]));
    expect(eliminationAttack(released(layout, primaryOnly))).toEqual(new Map([[1, 3]]));
    // Two suppressed cells in every line are not enough when the pattern has a bridge: two
    // blocks of four joined by one cell give that cell away to elimination, not to peeling.
    const blocks = twoWayLayout([
      [3, 4, 20, 20],
      [4, 3, 20, 20],
      [20, 20, 3, 4],
      [20, 20, 4, 3],
    ]);
    const bridge = blocks.values.map((v) => v > 0 && v < 5);
    expect(eliminationAttack(released(blocks, bridge)).size).toBe(0);
    bridge[2] = true; // the 20 in row 0, column 2
    for (const line of blocks.lines) {
      const hidden = [...line.members, line.total].filter((c) => bridge[c]).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
    expect(peelingAttack(released(blocks, bridge)).size).toBe(0);
    expect(eliminationAttack(released(blocks, bridge))).toEqual(new Map([[2, 20]]));
  });
});

describe('one-way tables and the meaning of each cell', () => {
  it('hides a small count and the smallest non-zero partner; keeps true zeros as 0', () => {
    const table = protectOneWayTable(['sexual', 'labour', 'begging', 'unknown'], [12, 3, 0, 7], 5);
    expect(table.cells).toEqual<ProtectedCell[]>([
      { status: 'value', value: 12 },
      { status: 'suppressed', reason: 'primary' },
      { status: 'value', value: 0 },
      { status: 'suppressed', reason: 'secondary' },
    ]);
    expect(table.total).toEqual({ status: 'value', value: 22 });
    expect(table.suppression).toMatchObject({ threshold: 5, primary: 1, secondary: 1 });
    expect(table.suppression.intervals).toEqual([
      { cell: 'labour', lower: 0, upper: 10 },
      { cell: 'unknown', lower: 0, upper: 10 },
    ]);
  });

  it('keeps "0", "unknown" and "suppressed" three different things', () => {
    const table = protectOneWayTable(['yes', 'no', 'unknown'], [0, 40, 2], 5);
    const [yes, no, unknown] = table.cells;
    expect(yes).toEqual({ status: 'value', value: 0 });
    expect(unknown).toEqual({ status: 'suppressed', reason: 'primary' });
    expect(table.categories[2]).toBe('unknown');
    expect(no).toEqual({ status: 'suppressed', reason: 'secondary' });
    // A suppressed cell carries no number at all, so no exporter can print it by mistake.
    expect(Object.keys(unknown as object)).toEqual(['status', 'reason']);
  });

  it('hides a small total too, and then everything it would give away', () => {
    const table = protectOneWayTable(['a', 'b'], [1, 2], 5);
    expect(table.total).toMatchObject({ status: 'suppressed', reason: 'primary' });
    expect(table.cells.every((c) => c.status === 'suppressed')).toBe(true);
  });

  it('refuses bad input', () => {
    expect(errorCodeOf(() => protectOneWayTable(['a', 'b'], [1, -2], 5))).toBe('VALIDATION');
    expect(errorCodeOf(() => protectOneWayTable(['a', 'b'], [1.5, 2], 5))).toBe('VALIDATION');
    expect(errorCodeOf(() => protectOneWayTable(['a'], [1, 2], 5))).toBe('VALIDATION');
    expect(errorCodeOf(() => protectOneWayTable(['a', 'b'], [1, 2], 0))).toBe('VALIDATION');
    expect(errorCodeOf(() => protectTwoWayTable(['a'], ['x', 'y'], [[1]], 5))).toBe('VALIDATION');
  });
});

describe('two-way tables', () => {
  it('gives every row and column with a suppressed cell at least two, totals included', () => {
    for (let seed = 0; seed < 60; seed++) {
      const counts = randomCounts(seed + 500, 4, 5);
      const table = protectTwoWayTable(['r0', 'r1', 'r2', 'r3'], ['c0', 'c1', 'c2', 'c3', 'c4'], counts, 5);
      const hidden = (c: ProtectedCell): number => (c.status === 'suppressed' ? 1 : 0);
      table.cells.forEach((row, i) => {
        const n = row.reduce((s, c) => s + hidden(c), 0) + hidden(table.rowTotals[i] as ProtectedCell);
        expect(n === 0 || n >= 2).toBe(true);
      });
      table.columnCategories.forEach((_, j) => {
        const n = table.cells.reduce((s, row) => s + hidden(row[j] as ProtectedCell), 0) + hidden(table.columnTotals[j] as ProtectedCell);
        expect(n === 0 || n >= 2).toBe(true);
      });
      // Released numbers are the true ones.
      table.cells.forEach((row, i) => row.forEach((c, j) => c.status === 'value' && expect(c.value).toBe(counts[i]?.[j])));
    }
  });

  it('names suppressed cells by their categories in the audit', () => {
    const table = protectTwoWayTable(['female', 'male'], ['sexual', 'labour'], [[30, 2], [6, 25]], 5);
    expect(table.suppression.intervals.map((iv) => iv.cell)).toContain('female × labour');
    expect(table.cells[0]?.[1]).toEqual({ status: 'suppressed', reason: 'primary' });
  });
});
