// Counts of records by one or two variables (issue 6 item 4: "cross-tabulations the user
// chooses"). Category lists may be declared, so that a category nobody falls in shows as a true
// 0 and tables of different exports line up (research/anonymisation.md T4c: fixed category
// definitions). "unknown" is always its own category, last, never folded into a real one; with
// declared categories it is always present, so "0 unknown" is stated rather than implied.
// A value outside the declared categories is a clear error, not a silent "other".
import { DossierError, type Problem } from '../../../../../shared/errors';
import { cellLabel, UNKNOWN, type CellValue, type SdcRecord } from '../cell-value';

export interface Dimension {
  field: string;
  /** Declared categories in display order (without "unknown", which is added). */
  categories?: readonly string[];
}

export interface OneWayCounts {
  categories: string[];
  counts: number[];
}

export interface TwoWayCounts {
  rowCategories: string[];
  columnCategories: string[];
  counts: number[][];
}

function labelsOf(records: readonly SdcRecord[], dimension: Dimension, problems: Problem[]): string[] {
  const declared = dimension.categories ? new Set(dimension.categories) : null;
  if (declared?.has(UNKNOWN)) {
    problems.push({ path: `/${dimension.field}`, message: `"${UNKNOWN}" is added to every table by itself; do not declare it.` });
  }
  if (declared && declared.size !== dimension.categories?.length) {
    problems.push({ path: `/${dimension.field}`, message: `The categories of ${dimension.field} list a category twice.` });
  }
  return records.map((record, r) => {
    const raw: unknown = (record as Record<string, unknown>)[dimension.field];
    if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
      problems.push({ path: `/records/${r}/${dimension.field}`, message: `Record ${r + 1}, ${dimension.field}: a single value is expected (tabulate a multiple choice one option at a time).` });
      return UNKNOWN;
    }
    const label = cellLabel(raw as CellValue);
    if (declared && label !== UNKNOWN && !declared.has(label)) {
      problems.push({ path: `/records/${r}/${dimension.field}`, message: `Record ${r + 1}, ${dimension.field}: "${label}" is not one of the table's categories.` });
    }
    return label;
  });
}

function categoriesOf(dimension: Dimension, labels: readonly string[]): string[] {
  if (dimension.categories) return [...dimension.categories, UNKNOWN];
  const observed = [...new Set(labels)].filter((l) => l !== UNKNOWN).sort();
  return labels.includes(UNKNOWN) ? [...observed, UNKNOWN] : observed;
}

function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new DossierError('VALIDATION', problems[0]?.message ?? '', problems.slice(0, 50));
}

export function countOneWay(records: readonly SdcRecord[], dimension: Dimension): OneWayCounts {
  const problems: Problem[] = [];
  const labels = labelsOf(records, dimension, problems);
  throwIfAny(problems);
  const categories = categoriesOf(dimension, labels);
  const index = new Map(categories.map((c, i) => [c, i]));
  const counts = categories.map(() => 0);
  for (const label of labels) counts[index.get(label) as number]! += 1;
  return { categories, counts };
}

export function countTwoWay(records: readonly SdcRecord[], rows: Dimension, columns: Dimension): TwoWayCounts {
  if (rows.field === columns.field) throw new DossierError('VALIDATION', 'A table crosses two different fields.');
  const problems: Problem[] = [];
  const rowLabels = labelsOf(records, rows, problems);
  const columnLabels = labelsOf(records, columns, problems);
  throwIfAny(problems);
  const rowCategories = categoriesOf(rows, rowLabels);
  const columnCategories = categoriesOf(columns, columnLabels);
  const rowIndex = new Map(rowCategories.map((c, i) => [c, i]));
  const columnIndex = new Map(columnCategories.map((c, i) => [c, i]));
  const counts = rowCategories.map(() => columnCategories.map(() => 0));
  rowLabels.forEach((label, r) => {
    const row = counts[rowIndex.get(label) as number] as number[];
    row[columnIndex.get(columnLabels[r] as string) as number]! += 1;
  });
  return { rowCategories, columnCategories, counts };
}
