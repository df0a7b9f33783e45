// Edits a reviewer can make to a codebook (issue 4 §7). Only additive edits exist: a field or
// option is added, relabelled or deprecated, never deleted or retyped, so every value coded
// under an earlier version stays valid under the next one.
import { z } from 'zod';
import { CodebookField, CodebookOption, type Codebook } from './codebook-schema';

const Id = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'ids are lower-case letters, digits and _').max(100);
const Label = z.string().trim().min(1).max(500);
/** 'en' edits the codebook's own wording; any other locale edits its translation. */
const Locale = z.enum(['en', 'mk', 'sr-Latn', 'sr-Cyrl', 'sq']);

export const LabelTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title') }).strict(),
  z.object({ kind: z.literal('stage'), stageId: Id }).strict(),
  z.object({ kind: z.literal('field'), fieldId: Id }).strict(),
  z.object({ kind: z.literal('option'), fieldId: Id, optionId: Id }).strict(),
]);
export type LabelTarget = z.infer<typeof LabelTarget>;

export const CodebookChange = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('add_field'),
      stageId: Id,
      field: CodebookField.omit({ deprecated: true, derived: true, since_version: true }).strict(),
    })
    .strict(),
  z.object({ op: z.literal('add_option'), fieldId: Id, option: CodebookOption.omit({ deprecated: true }).strict() }).strict(),
  z.object({ op: z.literal('relabel'), target: LabelTarget, locale: Locale, label: Label, help: z.string().max(5000).optional() }).strict(),
  z.object({ op: z.literal('deprecate_field'), fieldId: Id, deprecated: z.boolean() }).strict(),
  z.object({ op: z.literal('deprecate_option'), fieldId: Id, optionId: Id, deprecated: z.boolean() }).strict(),
]);
export type CodebookChange = z.infer<typeof CodebookChange>;

export const CodebookChangeRequest = z
  .object({
    /** The version the edits were made against: a newer one in the vault is a CONFLICT. */
    baseVersion: z.number().int().positive(),
    changes: z.array(CodebookChange).min(1).max(200),
  })
  .strict();
export type CodebookChangeRequest = z.input<typeof CodebookChangeRequest>;

export interface CodebookVersionInfo {
  uuid: string;
  codebookId: string;
  version: number;
  title: string;
  createdAt: string;
  /** Cases coded under this version (after an edit, every case moves to the newest). */
  cases: number;
}

export interface CurrentCodebook {
  codebook: Codebook;
  versions: CodebookVersionInfo[];
}
