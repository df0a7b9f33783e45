// A generalisation hierarchy (ARX's term): named levels from the exact value (level 0) to the
// withheld value "*" (the last level). Promises every hierarchy keeps, checked by the tests:
// - levels nest: two values that share a label at level h share it at every level above h
//   (so the search lattice is monotone, research/anonymisation.md §3.2);
// - "unknown" stays "unknown" at every level, the top included (issue 6 item 4);
// - a value the hierarchy cannot read is a clear error (DossierError VALIDATION), never a guess.
import type { CellValue, SdcRecord } from '../cell-value';

export interface Hierarchy {
  /** Stable id, recorded in the verification report (e.g. "age-5y-bands"). */
  readonly id: string;
  /** Level names, index 0 = the exact value, last = "*". At least two levels. */
  readonly levels: readonly string[];
  /**
   * The label of `value` at `level`. `record` is the whole record, for hierarchies whose
   * meaning depends on another field (a municipality the table does not know falls back to
   * the case's country; a citizenship is "national" relative to the case's country).
   */
  generalise(value: CellValue, level: number, record: SdcRecord): string;
}

/** The highest level index of a hierarchy (the "*" level). */
export function topLevel(hierarchy: Hierarchy): number {
  return hierarchy.levels.length - 1;
}

/** Guards every hierarchy's `generalise`: a level outside the hierarchy is a programming error. */
export function checkLevel(hierarchy: Pick<Hierarchy, 'id' | 'levels'>, level: number): void {
  if (!Number.isInteger(level) || level < 0 || level >= hierarchy.levels.length) {
    throw new RangeError(`Hierarchy "${hierarchy.id}" has no level ${level}.`);
  }
}
