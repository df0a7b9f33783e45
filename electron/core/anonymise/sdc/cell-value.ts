// The values the disclosure-control engine reads and writes. Promise kept (issue 6, Eurostat THB
// practice in research/anonymisation.md §1.4): "unknown" is its own value at every step — never
// merged into a real category, never confused with a true zero or with a suppressed value.

/** One field of one record as the exporter hands it over (codebook values are strings or numbers). */
export type CellValue = string | number | null | undefined;

/** A record: field id → value. The engine reads only the fields it is told to treat. */
export type SdcRecord = Readonly<Record<string, CellValue>>;

/** What a missing or "unknown" coded value becomes, at every generalisation level. */
export const UNKNOWN = 'unknown';

/** The top of every hierarchy: the value is withheld entirely (ARX's "*"). */
export const WITHHELD = '*';

/** True when the value carries no information: absent, empty, or coded "unknown". */
export function isUnknownValue(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return Number.isNaN(value);
  const trimmed = value.trim();
  return trimmed === '' || trimmed.toLowerCase() === UNKNOWN;
}

/** The value as a label: unknown values become UNKNOWN, strings are trimmed, numbers printed. */
export function cellLabel(value: CellValue): string {
  if (isUnknownValue(value)) return UNKNOWN;
  return typeof value === 'number' ? String(value) : (value as string).trim();
}
