// The shape of a codebook. Ids, types, scopes, option ids and the personal/sensitive flags
// are normative (they key codings, interchange files and exports); labels are wording.
import { z } from 'zod';
import { isChoiceType } from './field-kinds';

export const FIELD_TYPES = [
  'single_choice',
  'multi_choice',
  'number',
  'date',
  'duration',
  'free_text',
  'yes_no_unknown',
] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

export const FIELD_SCOPES = ['case', 'victim', 'defendant'] as const;
export const FieldScope = z.enum(FIELD_SCOPES);
export type FieldScope = z.infer<typeof FieldScope>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'ids are lower-case letters, digits and _');

export const CodebookOption = z.object({
  id: Id,
  label: z.string().min(1),
  deprecated: z.boolean().optional(),
});
export type CodebookOption = z.infer<typeof CodebookOption>;

/** A field applies only when another field of the same record (or of the case) holds one of these options. */
export const AppliesWhen = z
  .object({
    field: Id,
    in: z.array(Id).min(1),
  })
  .strict();
export type AppliesWhen = z.infer<typeof AppliesWhen>;

/**
 * How a derived field is computed from others: a derived value is never typed (issue 4 §3),
 * so a duration always agrees with its dates and a count with the persons of the case.
 */
export const DerivedRule = z.discriminatedUnion('kind', [
  /** Whole days or months between two date fields of the case. */
  z.object({ kind: z.literal('duration_between'), from: Id, to: Id }).strict(),
  /** The number of persons of a role in the case. */
  z.object({ kind: z.literal('count_persons'), role: z.enum(['victim', 'defendant']) }).strict(),
  /** The pseudonymous code of the person the record belongs to (V1, D2). */
  z.object({ kind: z.literal('person_code') }).strict(),
  /** yes when `value` < `threshold`, no otherwise (both number fields of the same record). */
  z.object({ kind: z.literal('below'), value: Id, threshold: Id }).strict(),
]);
export type DerivedRule = z.infer<typeof DerivedRule>;

/** Rules across fields, declared by the codebook so that a new version can add its own. */
export const CrossFieldRule = z.discriminatedUnion('kind', [
  /** The dates, where known, must not go backwards (compared at their common precision). */
  z.object({ kind: z.literal('date_order'), id: Id, fields: z.array(Id).min(2) }).strict(),
]);
export type CrossFieldRule = z.infer<typeof CrossFieldRule>;

export const CodebookField = z.object({
  id: Id,
  type: FieldType,
  scope: FieldScope,
  unit: z.string().optional(),
  /** direct: never leaves the vault; quasi: leaves only generalised; null: exportable. */
  personal: z.enum(['direct', 'quasi']).nullable(),
  sensitive: z.boolean(),
  label: z.string().min(1),
  help: z.string(),
  options: z.array(CodebookOption).optional(),
  /** Bounds for number and duration fields (ours: the reference codebook has none). */
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  deprecated: z.boolean().optional(),
  applies_when: AppliesWhen.optional(),
  derived: DerivedRule.optional(),
  /** The codebook version that added the field (absent: the first version). */
  since_version: z.number().int().positive().optional(),
});
export type CodebookField = z.infer<typeof CodebookField>;

export const CodebookStage = z.object({
  id: Id,
  label: z.string().min(1),
  description: z.string(),
  fields: z.array(CodebookField),
});
export type CodebookStage = z.infer<typeof CodebookStage>;

export interface AnnotationCode {
  id: string;
  label: string;
  description?: string | undefined;
  codable: boolean;
  deprecated?: boolean | undefined;
  children?: AnnotationCode[] | undefined;
}
export const AnnotationCode: z.ZodType<AnnotationCode> = z.lazy(() =>
  z.object({
    id: Id,
    label: z.string().min(1),
    description: z.string().optional(),
    codable: z.boolean(),
    deprecated: z.boolean().optional(),
    children: z.array(AnnotationCode).optional(),
  }),
);

/** The labels and help texts of a codebook in one language, keyed by the normative ids. */
export const CodebookTranslation = z
  .object({
    locale: z.string().min(2).max(20),
    title: z.string().min(1),
    stages: z.record(z.string(), z.object({ label: z.string().min(1), description: z.string().optional() }).strict()),
    fields: z.record(
      z.string(),
      z
        .object({
          label: z.string().min(1),
          help: z.string().optional(),
          unit: z.string().optional(),
          options: z.record(z.string(), z.string().min(1)).optional(),
        })
        .strict(),
    ),
    annotation_codes: z.record(z.string(), z.object({ label: z.string().min(1), description: z.string().optional() }).strict()),
  })
  .strict();
export type CodebookTranslation = z.infer<typeof CodebookTranslation>;

export const Codebook = z
  .object({
    id: Id.or(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)),
    version: z.number().int().positive(),
    title: z.string().min(1),
    stages: z.array(CodebookStage).min(1),
    annotation_codes: z.array(AnnotationCode),
    rules: z.array(CrossFieldRule).optional(),
    translations: z.record(z.string().regex(/^[a-z]{2}(-[A-Z][a-z]{3})?$/), CodebookTranslation).optional(),
  })
  .superRefine((cb, ctx) => {
    // Field ids are unique across the whole codebook (codings key on stage + field, but
    // exports, rules and the cross-case table key on the field id alone).
    const byId = new Map<string, CodebookField>();
    cb.stages.forEach((stage, si) =>
      stage.fields.forEach((field, fi) => {
        const at = ['stages', si, 'fields', fi];
        if (byId.has(field.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `duplicate field id ${field.id}` });
        byId.set(field.id, field);
        const choice = isChoiceType(field.type);
        if (choice && (!field.options || field.options.length === 0)) {
          ctx.addIssue({ code: 'custom', path: [...at, 'options'], message: 'a choice field needs options' });
        }
        const optionIds = new Set<string>();
        field.options?.forEach((option, oi) => {
          if (optionIds.has(option.id)) ctx.addIssue({ code: 'custom', path: [...at, 'options', oi, 'id'], message: `duplicate option id ${option.id}` });
          optionIds.add(option.id);
        });
      }),
    );
    // Rules may only name fields that exist, with the types the rule needs.
    const expect = (path: (string | number)[], id: string, types: readonly FieldType[], scopes?: readonly FieldScope[]): CodebookField | undefined => {
      const target = byId.get(id);
      if (!target) ctx.addIssue({ code: 'custom', path, message: `no field ${id}` });
      else if (!types.includes(target.type)) ctx.addIssue({ code: 'custom', path, message: `${id} must be of type ${types.join(' or ')}` });
      else if (scopes && !scopes.includes(target.scope)) ctx.addIssue({ code: 'custom', path, message: `${id} must be coded per ${scopes.join(' or ')}` });
      return target;
    };
    cb.stages.forEach((stage, si) =>
      stage.fields.forEach((field, fi) => {
        const at = ['stages', si, 'fields', fi];
        const sameRecord: FieldScope[] = field.scope === 'case' ? ['case'] : ['case', field.scope];
        if (field.applies_when) {
          const condition = expect([...at, 'applies_when', 'field'], field.applies_when.field, ['single_choice', 'multi_choice', 'yes_no_unknown'], sameRecord);
          for (const optionId of field.applies_when.in) {
            if (condition?.options && !condition.options.some((o) => o.id === optionId)) {
              ctx.addIssue({ code: 'custom', path: [...at, 'applies_when', 'in'], message: `${condition.id} has no option ${optionId}` });
            }
          }
        }
        const derived = field.derived;
        if (!derived) return;
        if (derived.kind === 'duration_between') {
          if (field.type !== 'duration' || field.scope !== 'case') ctx.addIssue({ code: 'custom', path: [...at, 'derived'], message: 'a duration is derived into a case duration field' });
          expect([...at, 'derived', 'from'], derived.from, ['date'], ['case']);
          expect([...at, 'derived', 'to'], derived.to, ['date'], ['case']);
        } else if (derived.kind === 'count_persons') {
          if (field.type !== 'number' || field.scope !== 'case') ctx.addIssue({ code: 'custom', path: [...at, 'derived'], message: 'a count is derived into a case number field' });
        } else if (derived.kind === 'person_code') {
          if (field.type !== 'free_text' || field.scope === 'case') ctx.addIssue({ code: 'custom', path: [...at, 'derived'], message: 'a person code is derived into a per-person text field' });
        } else {
          if (field.type !== 'yes_no_unknown') ctx.addIssue({ code: 'custom', path: [...at, 'derived'], message: 'a comparison is derived into a yes/no field' });
          expect([...at, 'derived', 'value'], derived.value, ['number'], sameRecord);
          expect([...at, 'derived', 'threshold'], derived.threshold, ['number'], sameRecord);
        }
      }),
    );
    cb.rules?.forEach((rule, ri) => rule.fields.forEach((id, i) => expect(['rules', ri, 'fields', i], id, ['date'], ['case'])));
  });
export type Codebook = z.infer<typeof Codebook>;

export interface FieldRef {
  stage: CodebookStage;
  field: CodebookField;
}

/** Index of a codebook by stage id and field id, built once per codebook version. */
export class CodebookIndex {
  readonly codebook: Codebook;
  private readonly fields = new Map<string, FieldRef>();
  private readonly byFieldId = new Map<string, FieldRef>();
  private readonly codes = new Map<string, AnnotationCode>();

  constructor(codebook: Codebook) {
    this.codebook = codebook;
    for (const stage of codebook.stages) {
      for (const field of stage.fields) {
        this.fields.set(`${stage.id}/${field.id}`, { stage, field });
        this.byFieldId.set(field.id, { stage, field });
      }
    }
    const walk = (nodes: readonly AnnotationCode[]): void => {
      for (const node of nodes) {
        this.codes.set(node.id, node);
        if (node.children) walk(node.children);
      }
    };
    walk(codebook.annotation_codes);
  }

  hasStage(stageId: string): boolean {
    return this.codebook.stages.some((s) => s.id === stageId);
  }

  field(stageId: string, fieldId: string): FieldRef | undefined {
    return this.fields.get(`${stageId}/${fieldId}`);
  }

  /** Field ids are unique across stages, so rules and the cross-case table name fields alone. */
  fieldById(fieldId: string): FieldRef | undefined {
    return this.byFieldId.get(fieldId);
  }

  annotationCode(id: string): AnnotationCode | undefined {
    return this.codes.get(id);
  }
}
