// Spreadsheet-style movement of the active cell, shared by the heat map and the cross-case
// table. Pure, so both grids move the same way and the rules are unit-tested.

export interface CellPos {
  row: number;
  col: number;
}

export type CellKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'PageUp' | 'PageDown' | 'Home' | 'End';

const CELL_KEYS: ReadonlySet<string> = new Set<CellKey>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);

export function isCellKey(key: string): key is CellKey {
  return CELL_KEYS.has(key);
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), max);
}

/**
 * The cell a key moves to, clamped to the grid; null for an empty grid. Home/End move within
 * the row, and with Ctrl to the first or last row, as in a spreadsheet (and the ARIA grid pattern).
 */
export function moveCell(from: CellPos, key: CellKey, rows: number, cols: number, pageSize: number, ctrl = false): CellPos | null {
  if (rows === 0 || cols === 0) return null;
  const row = clamp(from.row, rows - 1);
  const col = clamp(from.col, cols - 1);
  const page = Math.max(1, pageSize);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(row - 1, rows - 1), col };
    case 'ArrowDown':
      return { row: clamp(row + 1, rows - 1), col };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, cols - 1) };
    case 'ArrowRight':
      return { row, col: clamp(col + 1, cols - 1) };
    case 'PageUp':
      return { row: clamp(row - page, rows - 1), col };
    case 'PageDown':
      return { row: clamp(row + page, rows - 1), col };
    case 'Home':
      return ctrl ? { row: 0, col } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col } : { row, col: cols - 1 };
  }
}
