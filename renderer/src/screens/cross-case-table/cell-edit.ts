// Editing one case value in the table: which editor a field gets, the draft it starts from,
// and what a draft means once committed. Pure, so it is unit-tested.
import type { CodebookField } from '../../../../shared/codebook/codebook-schema';
import type { TableCell } from '../../../../shared/domain/review';
import { UNKNOWN_VALUE, validateCodingValue, type CodingValue, type ValueProblem } from '../../../../shared/codebook/validate-value';

export type EditorKind = 'select' | 'multi' | 'number' | 'text';

export type Draft = { kind: 'text'; text: string } | { kind: 'choice'; option: string } | { kind: 'multi'; options: string[] };

export type ParsedDraft = { kind: 'clear' } | { kind: 'set'; value: CodingValue } | { kind: 'invalid'; problem: ValueProblem };

export type ReadOnlyReason = 'derived' | 'person' | 'absent';

/** Why a cell cannot be edited in the table, or null when it can. */
export function readOnlyReason(field: CodebookField, cell: TableCell | undefined): ReadOnlyReason | null {
  if (field.derived) return 'derived';
  if (field.scope !== 'case' || cell?.kind === 'persons') return 'person';
  if (!cell || field.deprecated) return 'absent';
  return null;
}

export function editorKind(field: CodebookField): EditorKind {
  switch (field.type) {
    case 'single_choice':
    case 'yes_no_unknown':
      return 'select';
    case 'multi_choice':
      return 'multi';
    case 'number':
    case 'duration':
      return 'number';
    case 'date':
    case 'free_text':
      return 'text';
  }
}

export function draftFor(field: CodebookField, value: CodingValue | null): Draft {
  const kind = editorKind(field);
  if (kind === 'select') return { kind: 'choice', option: typeof value === 'string' ? value : '' };
  if (kind === 'multi') return { kind: 'multi', options: Array.isArray(value) ? [...value] : [] };
  if (value === null) return { kind: 'text', text: '' };
  return { kind: 'text', text: Array.isArray(value) ? value.join(', ') : String(value) };
}

/** Digits with an optional decimal point or comma (Macedonian writes 2,5). */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function textValue(field: CodebookField, text: string): CodingValue {
  const trimmed = text.trim();
  if (field.type !== 'free_text' && trimmed.toLowerCase() === UNKNOWN_VALUE) return UNKNOWN_VALUE;
  if (field.type === 'number' || field.type === 'duration') {
    // A string that is not a number is passed on as typed, so validation names the problem.
    return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
  }
  return field.type === 'free_text' ? text : trimmed;
}

/** An empty draft clears the value; anything else is validated exactly as main will. */
export function parseDraft(field: CodebookField, draft: Draft): ParsedDraft {
  let value: CodingValue;
  if (draft.kind === 'choice') {
    if (draft.option === '') return { kind: 'clear' };
    value = draft.option;
  } else if (draft.kind === 'multi') {
    if (draft.options.length === 0) return { kind: 'clear' };
    value = draft.options;
  } else {
    if (draft.text.trim() === '') return { kind: 'clear' };
    value = textValue(field, draft.text);
  }
  const problem = validateCodingValue(field, value);
  return problem ? { kind: 'invalid', problem } : { kind: 'set', value };
}

/** The options an editor offers: the live ones, plus a retired one the value still holds. */
export function offeredOptions(field: CodebookField, current: readonly string[]): string[] {
  return (field.options ?? []).filter((o) => !o.deprecated || current.includes(o.id)).map((o) => o.id);
}
