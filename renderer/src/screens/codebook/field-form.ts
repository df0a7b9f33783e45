// The "add a field" form: its defaults, how a change of type reshapes it, the checks made before
// sending and the add_field change it becomes. Pure, so it is unit-tested.
import type { CodebookChange } from '../../../../shared/codebook/codebook-changes';
import type { Codebook, CodebookField, FieldScope, FieldType } from '../../../../shared/codebook/codebook-schema';
import { isChoiceType, isNumericType } from '../../../../shared/codebook/field-kinds';
import { MAX_HELP, MAX_LABEL, idProblem, labelProblem, type FormProblem } from './form-problems';

// Listed here rather than imported: the lists in codebook-schema.ts live beside zod, which must
// stay out of the renderer bundle. `satisfies` keeps them in step with the schema's types.
export const FIELD_TYPE_CHOICES = ['single_choice', 'multi_choice', 'yes_no_unknown', 'number', 'duration', 'date', 'free_text'] as const satisfies readonly FieldType[];
export const FIELD_SCOPE_CHOICES = ['case', 'victim', 'defendant'] as const satisfies readonly FieldScope[];
export const PERSONAL_CHOICES = ['direct', 'quasi', 'none'] as const;
export type PersonalChoice = (typeof PERSONAL_CHOICES)[number];

export interface OptionRow {
  /** Stable React key of the row, apart from the id being typed. */
  key: number;
  id: string;
  label: string;
}

export interface FieldForm {
  id: string;
  label: string;
  help: string;
  type: FieldType;
  scope: FieldScope;
  unit: string;
  options: OptionRow[];
  personal: PersonalChoice;
  /** Once the reviewer picks a personal flag, a change of type no longer resets it. */
  personalTouched: boolean;
  sensitive: boolean;
  /** Bounds of a number or duration, as typed ('' for none). */
  min: string;
  max: string;
  /** Whole numbers only (counts, months). */
  integer: boolean;
  /** The choice field this one depends on ('' when it always applies) and the options that make it apply. */
  appliesField: string;
  appliesOptions: string[];
}

// The codebook's own wording is English (translations are added with Rename), so the options of
// a yes/no/unknown field start with the English labels the reference codebook uses.
const YES_NO_UNKNOWN: readonly Omit<OptionRow, 'key'>[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unknown', label: 'Unknown' },
];

let nextRowKey = 1;
export function optionRow(id = '', label = ''): OptionRow {
  return { key: nextRowKey++, id, label };
}

/** Free text is where names and addresses end up, so it starts as directly identifying. */
function defaultPersonal(type: FieldType): PersonalChoice {
  return type === 'free_text' ? 'direct' : 'none';
}

export function emptyFieldForm(type: FieldType = 'single_choice'): FieldForm {
  return withType(
    {
      id: '',
      label: '',
      help: '',
      type,
      scope: 'case',
      unit: '',
      options: [],
      personal: defaultPersonal(type),
      personalTouched: false,
      sensitive: false,
      min: '',
      max: '',
      integer: false,
      appliesField: '',
      appliesOptions: [],
    },
    type,
  );
}

/** The form after the type changed: the options and the personal flag follow the type. */
export function withType(form: FieldForm, type: FieldType): FieldForm {
  let options = form.options;
  if (type === 'yes_no_unknown') options = YES_NO_UNKNOWN.map((o) => optionRow(o.id, o.label));
  else if (isChoiceType(type) && (form.type === 'yes_no_unknown' || options.length === 0)) options = [optionRow(), optionRow()];
  return { ...form, type, options, personal: form.personalTouched ? form.personal : defaultPersonal(type) };
}

/** A bound as typed, with a decimal comma or point; null when empty, NaN when not a number. */
export function parseBound(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Fields a new field of `scope` may depend on: live, typed (not derived) choice fields of the
 * same record or of the case, as the codebook's applies_when rule requires.
 */
export function conditionCandidates(codebook: Codebook, scope: FieldScope): CodebookField[] {
  const sameRecord: FieldScope[] = scope === 'case' ? ['case'] : ['case', scope];
  return codebook.stages.flatMap((s) => s.fields.filter((f) => isChoiceType(f.type) && !f.deprecated && !f.derived && sameRecord.includes(f.scope)));
}

/** The form after the scope changed: a condition on a field of another record no longer holds. */
export function withScope(form: FieldForm, scope: FieldScope, codebook: Codebook): FieldForm {
  const keep = form.appliesField !== '' && conditionCandidates(codebook, scope).some((f) => f.id === form.appliesField);
  return { ...form, scope, appliesField: keep ? form.appliesField : '', appliesOptions: keep ? form.appliesOptions : [] };
}

/** Every field id in the codebook: ids are unique across all stages. */
export function fieldIds(codebook: Codebook): Set<string> {
  return new Set(codebook.stages.flatMap((s) => s.fields.map((f) => f.id)));
}

export function fieldFormProblems(form: FieldForm, takenIds: ReadonlySet<string>): FormProblem[] {
  const problems: FormProblem[] = [];
  const idKind = idProblem(form.id, takenIds);
  if (idKind) problems.push({ at: 'id', kind: idKind });
  const labelKind = labelProblem(form.label);
  if (labelKind) problems.push({ at: 'label', kind: labelKind });
  if (form.help.length > MAX_HELP) problems.push({ at: 'help', kind: 'tooLong' });
  if (isNumericType(form.type)) {
    if (form.unit.trim().length > MAX_LABEL) problems.push({ at: 'unit', kind: 'tooLong' });
    const min = parseBound(form.min);
    const max = parseBound(form.max);
    if (Number.isNaN(min)) problems.push({ at: 'min', kind: 'notNumber' });
    if (Number.isNaN(max)) problems.push({ at: 'max', kind: 'notNumber' });
    if (min !== null && max !== null && min > max) problems.push({ at: 'max', kind: 'minAboveMax' });
  }
  if (form.appliesField !== '' && form.appliesOptions.length === 0) problems.push({ at: 'appliesWhen', kind: 'conditionOptionsNeeded' });
  if (isChoiceType(form.type)) {
    if (form.options.length === 0) problems.push({ at: 'options', kind: 'optionsNeeded' });
    const seen = new Set<string>();
    form.options.forEach((row, i) => {
      const rowId = row.id.trim();
      const kind = idProblem(rowId, seen);
      if (kind) problems.push({ at: `option.${i}.id`, kind });
      seen.add(rowId);
      const rowLabel = labelProblem(row.label);
      if (rowLabel) problems.push({ at: `option.${i}.label`, kind: rowLabel });
    });
  }
  return problems;
}

/** The controls the form shows now, where the vault's problems can be placed. */
export function fieldFormControls(form: FieldForm): Set<string> {
  const controls = new Set(['id', 'label', 'help', 'appliesWhen']);
  if (isNumericType(form.type)) for (const c of ['unit', 'min', 'max']) controls.add(c);
  if (isChoiceType(form.type)) {
    controls.add('options');
    form.options.forEach((_, i) => {
      controls.add(`option.${i}.id`);
      controls.add(`option.${i}.label`);
    });
  }
  return controls;
}

export function toAddField(stageId: string, form: FieldForm): CodebookChange {
  const unit = form.unit.trim();
  const numeric = isNumericType(form.type);
  const min = numeric ? parseBound(form.min) : null;
  const max = numeric ? parseBound(form.max) : null;
  return {
    op: 'add_field',
    stageId,
    field: {
      id: form.id,
      type: form.type,
      scope: form.scope,
      label: form.label.trim(),
      help: form.help.trim(),
      personal: form.personal === 'none' ? null : form.personal,
      sensitive: form.sensitive,
      ...(numeric && unit !== '' ? { unit } : {}),
      ...(min !== null ? { min } : {}),
      ...(max !== null ? { max } : {}),
      ...(numeric && form.integer ? { integer: true } : {}),
      ...(form.appliesField !== '' ? { applies_when: { field: form.appliesField, in: form.appliesOptions } } : {}),
      ...(isChoiceType(form.type) ? { options: form.options.map((o) => ({ id: o.id.trim(), label: o.label.trim() })) } : {}),
    },
  };
}
