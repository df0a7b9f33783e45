import { describe, expect, it } from 'vitest';
import type { CodebookField } from '../../../shared/codebook/codebook-schema';
import type { OverviewRow, TableRow } from '../../../shared/domain/review';
import { moveCell } from '../../../renderer/src/screens/overview/grid-move';
import { abbreviate, filterOverviewRows, heatLevel, summarise } from '../../../renderer/src/screens/overview/overview-model';
import { draftFor, parseDraft, readOnlyReason } from '../../../renderer/src/screens/cross-case-table/cell-edit';
import { buildTexts, cellText, DEFAULT_SORT, toggleTableSort, viewOrder, type CellLabels } from '../../../renderer/src/screens/cross-case-table/table-model';

const field = (over: Partial<CodebookField>): CodebookField => ({ id: 'f', type: 'number', scope: 'case', personal: null, sensitive: false, label: 'F', help: '', ...over });
const choice = field({ id: 'outcome', type: 'single_choice', options: [{ id: 'acq', label: 'Acquittal' }, { id: 'unknown', label: 'Unknown' }] });
const count = field({ id: 'hearings', type: 'number', integer: true, min: 0 });
const labels: CellLabels = { unknown: 'Unknown / not stated', option: (f, id) => f.options?.find((o) => o.id === id)?.label ?? id, number: (n) => String(n), unit: () => null };

describe('grid movement', () => {
  it('moves and clamps in both directions, Home/End in the row, Ctrl+Home/End in the column', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', 10, 5, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 4 }, 'ArrowRight', 10, 5, 3)).toEqual({ row: 0, col: 4 });
    expect(moveCell({ row: 2, col: 2 }, 'PageDown', 10, 5, 3)).toEqual({ row: 5, col: 2 });
    expect(moveCell({ row: 8, col: 2 }, 'PageDown', 10, 5, 3)).toEqual({ row: 9, col: 2 });
    expect(moveCell({ row: 4, col: 2 }, 'Home', 10, 5, 3)).toEqual({ row: 4, col: 0 });
    expect(moveCell({ row: 4, col: 2 }, 'End', 10, 5, 3, true)).toEqual({ row: 9, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', 0, 5, 3)).toBeNull();
  });
});

describe('overview model', () => {
  const row = (ref: string, status: OverviewRow['status'], answered: number, applicable: number): OverviewRow => ({
    caseId: ref,
    ref,
    title: `Title ${ref}`,
    status,
    stages: { s1: { answered, applicable, problems: 0 } },
  });
  it('grades completeness, n/a when nothing applies', () => {
    expect(heatLevel(undefined)).toBe('na');
    expect(heatLevel({ answered: 0, applicable: 0, problems: 0 })).toBe('na');
    expect(heatLevel({ answered: 0, applicable: 4, problems: 0 })).toBe('none');
    expect(heatLevel({ answered: 1, applicable: 4, problems: 0 })).toBe('low');
    expect(heatLevel({ answered: 2, applicable: 4, problems: 0 })).toBe('mid');
    expect(heatLevel({ answered: 3, applicable: 4, problems: 0 })).toBe('high');
    expect(heatLevel({ answered: 4, applicable: 4, problems: 0 })).toBe('full');
  });
  it('filters on ref or title and status, sorted by ref in number order', () => {
    const rows = [row('MK-10', 'coded', 1, 2), row('MK-2', 'in_progress', 2, 2), row('AL-1', 'coded', 0, 2)];
    expect(filterOverviewRows(rows, { text: '', status: '' }).map((r) => r.ref)).toEqual(['AL-1', 'MK-2', 'MK-10']);
    expect(filterOverviewRows(rows, { text: 'mk', status: 'coded' }).map((r) => r.ref)).toEqual(['MK-10']);
    expect(filterOverviewRows(rows, { text: 'title al', status: '' }).map((r) => r.ref)).toEqual(['AL-1']);
  });
  it('summarises statuses and overall completeness, rounding down', () => {
    const s = summarise([row('a', 'coded', 1, 3), row('b', 'coded', 1, 0)], ['s1']);
    expect(s.byStatus.coded).toBe(2);
    expect(s.percent).toBe(66);
    expect(abbreviate('Investigation and cooperation')).toBe('Investi.');
    expect(abbreviate('Trial at first instance')).toBe('Trial');
  });
});

describe('table model', () => {
  const rows: TableRow[] = [
    { caseId: '1', ref: 'A-2', title: 'b', status: 'coded', cells: { outcome: { kind: 'case', value: 'acq', revision: 1 }, hearings: { kind: 'case', value: 10, revision: 2 } } },
    { caseId: '2', ref: 'A-10', title: 'a', status: 'coded', cells: { outcome: { kind: 'case', value: 'unknown', revision: 1 }, hearings: { kind: 'case', value: 9, revision: 1 } } },
    { caseId: '3', ref: 'A-1', title: 'c', status: 'coded', cells: { outcome: { kind: 'case', value: null, revision: null }, hearings: { kind: 'case', value: null, revision: null } } },
  ];
  const columns = [
    { field: choice, stage: { id: 's', label: 'S', description: '', fields: [] } },
    { field: count, stage: { id: 's', label: 'S', description: '', fields: [] } },
  ];
  const texts = buildTexts(rows, columns, labels);

  it('words cells: option labels, unknown, persons', () => {
    expect(texts[0]).toEqual(['A-2', 'b', 'Acquittal', '10']);
    expect(texts[1]?.[2]).toBe('Unknown / not stated');
    expect(cellText(choice, { kind: 'persons', entries: [{ personId: 'p', code: 'V1', value: 'acq' }, { personId: 'q', code: 'V2', value: 'unknown' }] }, labels)).toBe(
      'V1: Acquittal; V2: Unknown / not stated',
    );
  });
  it('sorts by number value and text, blanks last; filters on displayed text', () => {
    expect(viewOrder(rows, texts, columns, [], DEFAULT_SORT, 'en')).toEqual([2, 0, 1]);
    expect(viewOrder(rows, texts, columns, [], { col: 3, direction: 'asc' }, 'en')).toEqual([1, 0, 2]);
    expect(viewOrder(rows, texts, columns, [], { col: 3, direction: 'desc' }, 'en')).toEqual([0, 1, 2]);
    expect(viewOrder(rows, texts, columns, ['', '', 'acqu'], DEFAULT_SORT, 'en')).toEqual([0]);
    expect(toggleTableSort(DEFAULT_SORT, 0).direction).toBe('desc');
  });
});

describe('cell editing', () => {
  it('parses drafts: clear, numbers with a decimal comma, unknown, invalid input kept as a problem', () => {
    expect(parseDraft(count, { kind: 'text', text: '  ' })).toEqual({ kind: 'clear' });
    expect(parseDraft(count, { kind: 'text', text: '12' })).toEqual({ kind: 'set', value: 12 });
    expect(parseDraft(count, { kind: 'text', text: 'Unknown' })).toEqual({ kind: 'set', value: 'unknown' });
    expect(parseDraft(count, { kind: 'text', text: 'twelve' })).toEqual({ kind: 'invalid', problem: { code: 'expected_number', unit: null } });
    expect(parseDraft(count, { kind: 'text', text: '2,5' })).toEqual({ kind: 'invalid', problem: { code: 'expected_whole_number' } });
    expect(parseDraft(field({ type: 'date' }), { kind: 'text', text: '2021-13' })).toMatchObject({ kind: 'invalid' });
    expect(parseDraft(choice, { kind: 'choice', option: '' })).toEqual({ kind: 'clear' });
    expect(draftFor(count, 7)).toEqual({ kind: 'text', text: '7' });
  });
  it('keeps derived, per-person and absent cells read-only', () => {
    expect(readOnlyReason(field({ derived: { kind: 'count_persons', role: 'victim' } }), { kind: 'case', value: 1, revision: null })).toBe('derived');
    expect(readOnlyReason(field({ scope: 'victim' }), { kind: 'persons', entries: [] })).toBe('person');
    expect(readOnlyReason(count, undefined)).toBe('absent');
    expect(readOnlyReason(count, { kind: 'case', value: null, revision: null })).toBeNull();
  });
});
