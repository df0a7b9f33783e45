// The cross-case table's columns, cell wording, filters and sort. Pure (labels come in as
// functions), so it is unit-tested and the screen only wires it to React and i18n.
import type { Codebook, CodebookField, CodebookStage } from '../../../../shared/codebook/codebook-schema';
import type { TableCell, TableRow } from '../../../../shared/domain/review';
import { UNKNOWN_VALUE, type CodingValue } from '../../../../shared/codebook/validate-value';
import { isNumericType } from '../../../../shared/codebook/field-kinds';

/** Useful case-scoped fields for a first look, when the codebook has them. */
export const DEFAULT_FIELD_IDS: readonly string[] = [
  'country',
  'form_of_trafficking',
  'overall_outcome',
  'date_indictment',
  'date_first_instance_judgment',
  'first_instance_outcome',
  'hearings_adjourned',
  'confiscation_of_proceeds',
];

/** The server's limit on one table request (TableQuery). */
export const MAX_COLUMNS = 40;

/** Ref and title come before the chosen fields. */
export const FIXED_COLUMNS = 2;

export interface FieldColumn {
  field: CodebookField;
  stage: CodebookStage;
}

export function fieldColumns(codebook: Codebook, fieldIds: readonly string[]): FieldColumn[] {
  const byId = new Map<string, FieldColumn>();
  for (const stage of codebook.stages) for (const field of stage.fields) byId.set(field.id, { field, stage });
  return fieldIds.flatMap((id) => {
    const col = byId.get(id);
    return col ? [col] : [];
  });
}

/** The defaults the codebook has; the first case fields when it has none of them. */
export function defaultFieldIds(codebook: Codebook): string[] {
  const ids = new Set(codebook.stages.flatMap((s) => s.fields.map((f) => f.id)));
  const chosen = DEFAULT_FIELD_IDS.filter((id) => ids.has(id));
  if (chosen.length > 0) return chosen;
  return codebook.stages.flatMap((s) => s.fields.filter((f) => f.scope === 'case')).slice(0, 8).map((f) => f.id);
}

export interface CellLabels {
  unknown: string;
  option: (field: CodebookField, optionId: string) => string;
  number: (value: number) => string;
  unit: (field: CodebookField) => string | null;
}

export function valueText(field: CodebookField, value: CodingValue, labels: CellLabels): string {
  if (value === UNKNOWN_VALUE || (Array.isArray(value) && value.length === 1 && value[0] === UNKNOWN_VALUE)) return labels.unknown;
  if (Array.isArray(value)) return value.map((id) => labels.option(field, id)).join(', ');
  if (typeof value === 'number') {
    const unit = labels.unit(field);
    return unit ? `${labels.number(value)} ${unit}` : labels.number(value);
  }
  if (field.type === 'single_choice' || field.type === 'yes_no_unknown') return labels.option(field, value);
  return value;
}

/** What a cell shows, and what its column filter searches: "V1: label; V2: label" for persons. */
export function cellText(field: CodebookField, cell: TableCell | undefined, labels: CellLabels): string {
  if (!cell) return '';
  if (cell.kind === 'case') return cell.value === null ? '' : valueText(field, cell.value, labels);
  return cell.entries.map((e) => `${e.code}: ${valueText(field, e.value, labels)}`).join('; ');
}

/** One text per row and column (ref, title, then the fields), computed once per data change. */
export function buildTexts(rows: readonly TableRow[], columns: readonly FieldColumn[], labels: CellLabels): string[][] {
  return rows.map((row) => [row.ref, row.title, ...columns.map((c) => cellText(c.field, row.cells[c.field.id], labels))]);
}

export interface TableSort {
  col: number;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT: TableSort = { col: 0, direction: 'asc' };

export function toggleTableSort(sort: TableSort, col: number): TableSort {
  return sort.col === col ? { col, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { col, direction: 'asc' };
}

function numericValue(cell: TableCell | undefined): number | null {
  return cell?.kind === 'case' && typeof cell.value === 'number' ? cell.value : null;
}

/**
 * The order rows are shown in: indexes into `rows` matching every column filter (contains, on
 * the displayed text, case-insensitive), sorted by the column. Numbers sort by value; blanks
 * always go last, whichever the direction, so the answered rows stay together at the top.
 */
export function viewOrder(
  rows: readonly TableRow[],
  texts: readonly string[][],
  columns: readonly FieldColumn[],
  filters: readonly string[],
  sort: TableSort,
  locale: string,
): number[] {
  const needles = filters.map((f) => f.trim().toLocaleLowerCase());
  const lowered = new Map<number, string[]>();
  const lower = (i: number): string[] => {
    let l = lowered.get(i);
    if (!l) {
      l = (texts[i] ?? []).map((s) => s.toLocaleLowerCase());
      lowered.set(i, l);
    }
    return l;
  };
  const active = needles.some((n) => n !== '');
  const order: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!active || needles.every((n, c) => n === '' || (lower(i)[c] ?? '').includes(n))) order.push(i);
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const column = sort.col >= FIXED_COLUMNS ? columns[sort.col - FIXED_COLUMNS] : undefined;
  const numeric = column !== undefined && isNumericType(column.field.type);
  const sign = sort.direction === 'asc' ? 1 : -1;
  order.sort((a, b) => {
    const ta = texts[a]?.[sort.col] ?? '';
    const tb = texts[b]?.[sort.col] ?? '';
    if (ta === '' || tb === '') return ta === tb ? 0 : ta === '' ? 1 : -1;
    if (numeric && column) {
      const na = numericValue(rows[a]?.cells[column.field.id]);
      const nb = numericValue(rows[b]?.cells[column.field.id]);
      if (na !== null && nb !== null && na !== nb) return sign * (na - nb);
      if ((na === null) !== (nb === null)) return na === null ? 1 : -1;
    }
    return sign * collator.compare(ta, tb) || collator.compare(rows[a]?.ref ?? '', rows[b]?.ref ?? '');
  });
  return order;
}
