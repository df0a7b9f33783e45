// Every record's label at every level of every quasi-identifier, computed once and encoded as
// small integers, so the lattice search groups numbers instead of strings. This is also where
// bad input is found: every value is read here, before the search starts, and every unreadable
// value is reported by its JSON path in one error (nothing is released from bad input).
import { DossierError, isDossierError, type Problem } from '../../../../../shared/errors';
import { cellLabel, type CellValue, type SdcRecord } from '../cell-value';
import type { ResolvedQuasiIdentifier } from './anonymise-options';

const MAX_PROBLEMS_REPORTED = 50;

export interface EncodedLevel {
  /** codes[r] = index into `labels` of record r's label. */
  codes: Int32Array;
  labels: string[];
  /** counts[c] = number of records whose label is labels[c]. */
  counts: Int32Array;
}

export interface EncodedQuasiIdentifier {
  field: string;
  /** One entry per level of the hierarchy (all levels, so utility can compare with level 0). */
  levels: EncodedLevel[];
}

export interface EncodedSensitive {
  field: string;
  codes: Int32Array;
  labels: string[];
}

function isCellValue(value: unknown): value is CellValue {
  return value === null || value === undefined || typeof value === 'string' || typeof value === 'number';
}

function encode(labelsOfRecords: readonly string[]): EncodedLevel {
  const byLabel = new Map<string, number>();
  const codes = new Int32Array(labelsOfRecords.length);
  const labels: string[] = [];
  labelsOfRecords.forEach((label, r) => {
    let code = byLabel.get(label);
    if (code === undefined) {
      code = labels.length;
      byLabel.set(label, code);
      labels.push(label);
    }
    codes[r] = code;
  });
  const counts = new Int32Array(labels.length);
  for (const code of codes) counts[code] = (counts[code] as number) + 1;
  return { codes, labels, counts };
}

/**
 * The search's pruning is sound only if levels nest (hierarchy.ts): a label at one level must
 * lead to one label at the next. Checked on the data itself, so a hierarchy that breaks the
 * promise is refused instead of yielding a wrong "least" generalisation.
 */
function checkNesting(field: string, hierarchyId: string, levels: readonly string[][]): void {
  for (let level = 0; level + 1 < levels.length; level++) {
    const parentOf = new Map<string, string>();
    const here = levels[level] as string[];
    const above = levels[level + 1] as string[];
    here.forEach((label, r) => {
      const parent = parentOf.get(label);
      if (parent === undefined) parentOf.set(label, above[r] as string);
      else if (parent !== above[r]) {
        throw new DossierError('VALIDATION', `The hierarchy "${hierarchyId}" of ${field} does not nest: "${label}" leads to both "${parent}" and "${above[r]}".`);
      }
    });
  }
}

class ProblemList {
  readonly items: Problem[] = [];
  add(path: string, message: string): void {
    if (this.items.length < MAX_PROBLEMS_REPORTED) this.items.push({ path, message });
  }
}

function readValue(record: SdcRecord, r: number, field: string, problems: ProblemList): CellValue {
  const value: unknown = (record as Record<string, unknown>)[field];
  if (isCellValue(value)) return value;
  problems.add(`/records/${r}/${field}`, `Record ${r + 1}, ${field}: a single text or number is expected.`);
  return null;
}

export function encodeRecords(
  records: readonly SdcRecord[],
  quasiIdentifiers: readonly ResolvedQuasiIdentifier[],
  sensitiveFields: readonly string[],
): { quasi: EncodedQuasiIdentifier[]; sensitive: EncodedSensitive[] } {
  const problems = new ProblemList();
  records.forEach((record, r) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) problems.add(`/records/${r}`, `Record ${r + 1} is not a record.`);
  });
  if (problems.items.length > 0) throw new DossierError('VALIDATION', problems.items[0]?.message ?? '', problems.items);

  const labelled = quasiIdentifiers.map(({ field, hierarchy }) => {
    const perLevel: string[][] = hierarchy.levels.map(() => new Array<string>(records.length));
    records.forEach((record, r) => {
      const value = readValue(record, r, field, problems);
      try {
        hierarchy.levels.forEach((_, level) => {
          (perLevel[level] as string[])[r] = hierarchy.generalise(value, level, record);
        });
      } catch (err) {
        if (!isDossierError(err)) throw err;
        problems.add(`/records/${r}/${field}`, `Record ${r + 1}, ${field}: ${err.message}`);
      }
    });
    return { field, hierarchyId: hierarchy.id, perLevel };
  });
  const sensitive = sensitiveFields.map((field) => {
    const labels = records.map((record, r) => cellLabel(readValue(record, r, field, problems)));
    const { codes, labels: distinct } = encode(labels);
    return { field, codes, labels: distinct };
  });
  if (problems.items.length > 0) throw new DossierError('VALIDATION', problems.items[0]?.message ?? '', problems.items);
  for (const q of labelled) checkNesting(q.field, q.hierarchyId, q.perLevel);
  return { quasi: labelled.map((q) => ({ field: q.field, levels: q.perLevel.map(encode) })), sensitive };
}
