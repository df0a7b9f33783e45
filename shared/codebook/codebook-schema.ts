// The shape of a codebook. Ids, types, scopes, option ids and the personal/sensitive flags
// are normative (they key codings, interchange files and exports); labels are wording.
import { z } from 'zod';

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

export const Codebook = z
  .object({
    id: Id.or(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)),
    version: z.number().int().positive(),
    title: z.string().min(1),
    stages: z.array(CodebookStage).min(1),
    annotation_codes: z.array(AnnotationCode),
  })
  .superRefine((cb, ctx) => {
    // Field ids are unique across the whole codebook (codings key on stage + field, but
    // exports and the cross-case table key on the field id alone).
    const seen = new Set<string>();
    cb.stages.forEach((stage, si) =>
      stage.fields.forEach((field, fi) => {
        if (seen.has(field.id)) {
          ctx.addIssue({ code: 'custom', path: ['stages', si, 'fields', fi, 'id'], message: `duplicate field id ${field.id}` });
        }
        seen.add(field.id);
        const choice = field.type === 'single_choice' || field.type === 'multi_choice' || field.type === 'yes_no_unknown';
        if (choice && (!field.options || field.options.length === 0)) {
          ctx.addIssue({ code: 'custom', path: ['stages', si, 'fields', fi, 'options'], message: 'a choice field needs options' });
        }
      }),
    );
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
  private readonly codes = new Map<string, AnnotationCode>();

  constructor(codebook: Codebook) {
    this.codebook = codebook;
    for (const stage of codebook.stages) {
      for (const field of stage.fields) this.fields.set(`${stage.id}/${field.id}`, { stage, field });
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

  annotationCode(id: string): AnnotationCode | undefined {
    return this.codes.get(id);
  }
}
