// The tests' own recount of a released microdata table: a plain group-by over the released
// quasi-identifier labels, written without any of the engine's code, so a figure the engine
// gets wrong cannot also be "confirmed" by the engine.
import type { CellValue, SdcRecord } from '../../../../../electron/core/anonymise/sdc/cell-value';

export function labelOf(value: CellValue): string {
  if (value === null || value === undefined) return 'unknown';
  const text = String(value).trim();
  return text === '' || text.toLowerCase() === 'unknown' ? 'unknown' : text;
}

export interface Recount {
  classSizes: number[];
  /** Distinct sensitive labels per class, per sensitive field. */
  distinct: Map<string, number[]>;
}

export function recount(
  released: readonly { index: number; values: Record<string, string> }[],
  originals: readonly SdcRecord[],
  quasiFields: readonly string[],
  sensitiveFields: readonly string[],
): Recount {
  const groups = new Map<string, number[]>();
  for (const record of released) {
    const key = JSON.stringify(quasiFields.map((f) => record.values[f]));
    const members = groups.get(key) ?? [];
    members.push(record.index);
    groups.set(key, members);
  }
  const classSizes = [...groups.values()].map((m) => m.length);
  const distinct = new Map(
    sensitiveFields.map((field) => [field, [...groups.values()].map((members) => new Set(members.map((i) => labelOf(originals[i]?.[field]))).size)]),
  );
  return { classSizes, distinct };
}
