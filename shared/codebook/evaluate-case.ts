// Everything the codebook says about one case beyond single values: which fields apply,
// the cross-field rules, the derived values and the completeness of each stage. Pure and
// zod-free, so the form shows exactly what core stores and checks (issue 4 §3-4): core
// persists the derived values and the progress figures, the renderer shows the messages
// as the reviewer types.
import type { AppliesWhen, Codebook, CodebookField, CodebookStage } from './codebook-schema';
import { isUnknownValue, validateCodingValue, UNKNOWN_VALUE, type CodingValue, type ValueProblem } from './validate-value';
import { comparePartialDates, daysBetween, monthsBetween, partialDatePrecision } from '../text/partial-date-math';

export interface EvalCoding {
  fieldId: string;
  personId: string | null;
  value: CodingValue;
}

export interface EvalPerson {
  id: string;
  role: string;
  code: string;
}

export type CaseProblem =
  /** A stored value that fails its field's checks. */
  | { kind: 'value'; fieldId: string; personId: string | null; problem: ValueProblem }
  /** A value where the field does not apply (imprisonment months without imprisonment). */
  | { kind: 'not_applicable'; fieldId: string; personId: string | null; condition: string }
  /** A date earlier than a date that must come before it. */
  | { kind: 'date_order'; fieldId: string; personId: null; earlierField: string };

export interface StageProgress {
  stageId: string;
  answered: number;
  applicable: number;
  problems: number;
}

export interface DerivedValue {
  fieldId: string;
  personId: string | null;
  /** null: not computable yet (a date or figure is missing). */
  value: CodingValue | null;
  /** True when the dates had no day and the figure counts from the first of the month. */
  approximate: boolean;
}

export interface CaseEvaluation {
  derived: DerivedValue[];
  problems: CaseProblem[];
  stages: StageProgress[];
  answered: number;
  applicable: number;
  isApplicable(fieldId: string, personId: string | null): boolean;
}

export function recordKey(fieldId: string, personId: string | null): string {
  return `${fieldId}|${personId ?? ''}`;
}

/** The records a field is coded for: the case itself, or each person of its role. */
export function recordsOf(field: CodebookField, persons: readonly EvalPerson[]): (string | null)[] {
  return field.scope === 'case' ? [null] : persons.filter((p) => p.role === field.scope).map((p) => p.id);
}

export function evaluateCase(codebook: Codebook, codings: readonly EvalCoding[], persons: readonly EvalPerson[]): CaseEvaluation {
  const fields = new Map<string, { field: CodebookField; stage: CodebookStage }>();
  for (const stage of codebook.stages) for (const field of stage.fields) fields.set(field.id, { field, stage });

  const values = new Map<string, CodingValue>();
  for (const c of codings) values.set(recordKey(c.fieldId, c.personId), c.value);

  // Derived values first: rules and applicability may read them (below_statutory_minimum).
  const derived: DerivedValue[] = [];
  for (const { field } of fields.values()) {
    if (!field.derived) continue;
    for (const personId of recordsOf(field, persons)) {
      const applies = field.applies_when ? conditionHolds(field.applies_when, fields, values, personId) : true;
      const result = applies ? derive(field, personId, values, persons) : { value: null, approximate: false };
      derived.push({ fieldId: field.id, personId, ...result });
      if (result.value === null) values.delete(recordKey(field.id, personId));
      else values.set(recordKey(field.id, personId), result.value);
    }
  }

  const conditionOf = (field: CodebookField, personId: string | null): { holds: boolean; condition: string } | null =>
    field.applies_when ? { holds: conditionHolds(field.applies_when, fields, values, personId), condition: field.applies_when.field } : null;
  const isApplicable = (fieldId: string, personId: string | null): boolean => {
    const entry = fields.get(fieldId);
    if (!entry) return false;
    return conditionOf(entry.field, personId)?.holds ?? true;
  };

  const problems: CaseProblem[] = [];
  for (const c of codings) {
    const entry = fields.get(c.fieldId);
    if (!entry || entry.field.derived) continue;
    const problem = validateCodingValue(entry.field, c.value, true);
    if (problem) problems.push({ kind: 'value', fieldId: c.fieldId, personId: c.personId, problem });
    const condition = conditionOf(entry.field, c.personId);
    if (condition && !condition.holds) problems.push({ kind: 'not_applicable', fieldId: c.fieldId, personId: c.personId, condition: condition.condition });
  }
  for (const rule of codebook.rules ?? []) {
    // Each date is checked against every date that must precede it, so a missing middle
    // date does not hide complaint > judgment.
    rule.fields.forEach((fieldId, j) => {
      const later = datable(values.get(recordKey(fieldId, null)));
      if (!later) return;
      for (let i = 0; i < j; i++) {
        const earlierField = rule.fields[i] as string;
        const earlier = datable(values.get(recordKey(earlierField, null)));
        if (earlier && comparePartialDates(earlier, later) > 0) {
          problems.push({ kind: 'date_order', fieldId, personId: null, earlierField });
          break;
        }
      }
    });
  }

  const problemCount = new Map<string, number>();
  for (const p of problems) {
    const stageId = fields.get(p.fieldId)?.stage.id;
    if (stageId) problemCount.set(stageId, (problemCount.get(stageId) ?? 0) + 1);
  }
  let answered = 0;
  let applicable = 0;
  const stages = codebook.stages.map((stage): StageProgress => {
    let stageAnswered = 0;
    let stageApplicable = 0;
    for (const field of stage.fields) {
      // A derived value is not the reviewer's to give, and a deprecated field asks nothing.
      if (field.derived || field.deprecated) continue;
      for (const personId of recordsOf(field, persons)) {
        if (!isApplicable(field.id, personId)) continue;
        stageApplicable++;
        if (values.has(recordKey(field.id, personId))) stageAnswered++;
      }
    }
    answered += stageAnswered;
    applicable += stageApplicable;
    return { stageId: stage.id, answered: stageAnswered, applicable: stageApplicable, problems: problemCount.get(stage.id) ?? 0 };
  });

  return { derived, problems, stages, answered, applicable, isApplicable };
}

function conditionHolds(
  rule: AppliesWhen,
  fields: ReadonlyMap<string, { field: CodebookField }>,
  values: ReadonlyMap<string, CodingValue>,
  personId: string | null,
): boolean {
  const condition = fields.get(rule.field)?.field;
  const value = values.get(recordKey(rule.field, condition?.scope === 'case' ? null : personId));
  // Not answered yet, or unknown: the field may still apply, so it stays open.
  if (value === undefined || isUnknownValue(value)) return true;
  const chosen = Array.isArray(value) ? value : [String(value)];
  return chosen.some((v) => rule.in.includes(v));
}

function datable(value: CodingValue | undefined): string | null {
  return typeof value === 'string' && value !== UNKNOWN_VALUE && partialDatePrecision(value) !== null ? value : null;
}

function derive(
  field: CodebookField,
  personId: string | null,
  values: ReadonlyMap<string, CodingValue>,
  persons: readonly EvalPerson[],
): { value: CodingValue | null; approximate: boolean } {
  const rule = field.derived;
  const none = { value: null, approximate: false };
  if (!rule) return none;
  switch (rule.kind) {
    case 'count_persons':
      return { value: persons.filter((p) => p.role === rule.role).length, approximate: false };
    case 'person_code':
      return { value: persons.find((p) => p.id === personId)?.code ?? null, approximate: false };
    case 'duration_between': {
      const from = datable(values.get(recordKey(rule.from, null)));
      const to = datable(values.get(recordKey(rule.to, null)));
      // A year alone is too coarse for a duration; month precision is the codebook's norm.
      if (!from || !to || partialDatePrecision(from) === 'year' || partialDatePrecision(to) === 'year') return none;
      const approximate = partialDatePrecision(from) !== 'day' || partialDatePrecision(to) !== 'day';
      const amount = field.unit === 'months' ? monthsBetween(from, to) : daysBetween(from, to);
      return amount < 0 ? none : { value: amount, approximate };
    }
    case 'below': {
      const value = values.get(recordKey(rule.value, personId));
      const threshold = values.get(recordKey(rule.threshold, personId));
      if (typeof value !== 'number' || typeof threshold !== 'number') return none;
      return { value: value < threshold ? 'yes' : 'no', approximate: false };
    }
  }
}
