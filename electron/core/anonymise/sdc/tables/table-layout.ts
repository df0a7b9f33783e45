// A count table seen as what an attacker sees: numbers linked by additive equations ("lines").
// Each line says that its members add up to its total. A one-way table has one line (the
// categories add up to the total); a two-way table has a line per row and per column, and two
// more for the margins themselves (the row totals, and the column totals, add up to the grand
// total). Totals are cells like any other, so the rules that protect cells protect them too
// (issue 6 task: "also check that totals don't reveal").

export interface TableLine {
  members: readonly number[];
  total: number;
}

export interface TableLayout {
  /** Every number of the table, totals included, by cell id. */
  values: readonly number[];
  lines: readonly TableLine[];
  /** linesOf[cell]: the lines the cell belongs to (as a member or as the total). */
  linesOf: readonly (readonly number[])[];
  /** The cell holding the grand total. */
  grandTotal: number;
}

function withLinesOf(values: readonly number[], lines: readonly TableLine[], grandTotal: number): TableLayout {
  const linesOf: number[][] = values.map(() => []);
  lines.forEach((line, l) => {
    for (const cell of [...line.members, line.total]) linesOf[cell]?.push(l);
  });
  return { values, lines, linesOf, grandTotal };
}

/** Cells 0…C-1 are the categories, cell C the total. */
export function oneWayLayout(counts: readonly number[]): TableLayout {
  const total = counts.reduce((sum, x) => sum + x, 0);
  const members = counts.map((_, i) => i);
  return withLinesOf([...counts, total], [{ members, total: counts.length }], counts.length);
}

export interface TwoWayIds {
  cell(row: number, column: number): number;
  rowTotal(row: number): number;
  columnTotal(column: number): number;
  grandTotal: number;
}

export function twoWayIds(rows: number, columns: number): TwoWayIds {
  const interior = rows * columns;
  return {
    cell: (row, column) => row * columns + column,
    rowTotal: (row) => interior + row,
    columnTotal: (column) => interior + rows + column,
    grandTotal: interior + rows + columns,
  };
}

/** counts[row][column]; every row must have the same number of columns. */
export function twoWayLayout(counts: readonly (readonly number[])[]): TableLayout {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const ids = twoWayIds(rows, columns);
  const values: number[] = [];
  const rowTotals = counts.map((row) => row.reduce((sum, x) => sum + x, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) => counts.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  counts.forEach((row) => values.push(...row));
  values.push(...rowTotals, ...columnTotals, rowTotals.reduce((sum, x) => sum + x, 0));
  const range = (length: number): number[] => Array.from({ length }, (_, i) => i);
  const lines: TableLine[] = [
    ...range(rows).map((i) => ({ members: range(columns).map((j) => ids.cell(i, j)), total: ids.rowTotal(i) })),
    ...range(columns).map((j) => ({ members: range(rows).map((i) => ids.cell(i, j)), total: ids.columnTotal(j) })),
    { members: range(rows).map(ids.rowTotal), total: ids.grandTotal },
    { members: range(columns).map(ids.columnTotal), total: ids.grandTotal },
  ];
  return withLinesOf(values, lines, ids.grandTotal);
}
