// What a stage tab shows: each field of the stage with its coded value, case-level fields once,
// victim and defendant fields once per person of that role (by code, never by name).
// Pure, so the grouping and the counts are unit-tested.
import type { CodebookField, CodebookStage } from '../../../../../shared/codebook/codebook-schema';
import type { CodingValue } from '../../../../../shared/codebook/validate-value';
import type { Coding } from '../../../../../shared/domain/coding';
import type { PersonSummary } from '../../../../../shared/domain/person';

export interface FieldEntry {
  field: CodebookField;
  coding: Coding | null;
}

export interface PersonGroup {
  person: PersonSummary;
  entries: FieldEntry[];
}

export interface StageView {
  caseEntries: FieldEntry[];
  /** Fields of the stage asked once per victim / defendant (empty when the stage has none). */
  victimFields: CodebookField[];
  defendantFields: CodebookField[];
  victimGroups: PersonGroup[];
  defendantGroups: PersonGroup[];
  coded: number;
  total: number;
}

function key(fieldId: string, personId: string | null): string {
  return `${fieldId}\u0000${personId ?? ''}`;
}

export function buildStageView(stage: CodebookStage, codings: readonly Coding[], persons: readonly PersonSummary[]): StageView {
  const byKey = new Map<string, Coding>();
  for (const c of codings) if (c.stageId === stage.id) byKey.set(key(c.fieldId, c.personId), c);

  // A deprecated field is still shown where something was coded under it, so no value hides.
  const shown = (field: CodebookField, personIds: readonly (string | null)[]) =>
    !field.deprecated || personIds.some((id) => byKey.has(key(field.id, id)));
  const entries = (fields: readonly CodebookField[], personId: string | null): FieldEntry[] =>
    fields.map((field) => ({ field, coding: byKey.get(key(field.id, personId)) ?? null }));

  const victims = persons.filter((p) => p.role === 'victim');
  const defendants = persons.filter((p) => p.role === 'defendant');
  const caseFields = stage.fields.filter((f) => f.scope === 'case' && shown(f, [null]));
  const victimFields = stage.fields.filter((f) => f.scope === 'victim' && shown(f, victims.map((p) => p.id)));
  const defendantFields = stage.fields.filter((f) => f.scope === 'defendant' && shown(f, defendants.map((p) => p.id)));

  const caseEntries = entries(caseFields, null);
  const victimGroups = victimFields.length > 0 ? victims.map((person) => ({ person, entries: entries(victimFields, person.id) })) : [];
  const defendantGroups = defendantFields.length > 0 ? defendants.map((person) => ({ person, entries: entries(defendantFields, person.id) })) : [];

  const all = [...caseEntries, ...victimGroups.flatMap((g) => g.entries), ...defendantGroups.flatMap((g) => g.entries)];
  return {
    caseEntries,
    victimFields,
    defendantFields,
    victimGroups,
    defendantGroups,
    coded: all.filter((e) => e.coding !== null).length,
    total: all.length,
  };
}

/** A coded value as text: option ids become the codebook's labels; numbers are formatted. */
export function formatCodingValue(field: CodebookField, value: CodingValue, formatNumber: (n: number) => string): string {
  const label = (id: string) => field.options?.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map(label).join('; ');
  if (typeof value === 'number') return formatNumber(value);
  if (field.type === 'single_choice' || field.type === 'yes_no_unknown') return label(value);
  return value;
}
