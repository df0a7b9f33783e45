import { z } from 'zod';
import { ShortText, Uuid } from './ids';
import { MAX_FREE_TEXT, type CodingValue } from '../codebook/validate-value';

const StageOrFieldId = z.string().min(1).max(100);

export const CodingValueSchema: z.ZodType<CodingValue> = z.union([
  z.string().max(MAX_FREE_TEXT),
  z.number(),
  z.array(z.string().max(100)).max(200),
]);

export interface Coding {
  id: string;
  caseId: string;
  stageId: string;
  fieldId: string;
  personId: string | null;
  value: CodingValue;
  note: string | null;
  evidence: string[];
  codebookVersion: number;
  coderId: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export const CodingSet = z
  .object({
    caseId: Uuid,
    stageId: StageOrFieldId,
    fieldId: StageOrFieldId,
    personId: Uuid.nullable().default(null),
    value: CodingValueSchema,
    note: ShortText.max(10_000).nullable().optional(),
    evidence: z.array(Uuid).max(100).optional(),
    /** When given, the save fails with CONFLICT if someone else changed the value meanwhile. */
    expectedRevision: z.number().int().min(0).nullable().optional(),
  })
  .strict();
export type CodingSet = z.input<typeof CodingSet>;

export const CodingClear = z
  .object({
    caseId: Uuid,
    stageId: StageOrFieldId,
    fieldId: StageOrFieldId,
    personId: Uuid.nullable().default(null),
    expectedRevision: z.number().int().min(0).nullable().optional(),
  })
  .strict();
export type CodingClear = z.input<typeof CodingClear>;

export const CodingHistoryQuery = z
  .object({
    caseId: Uuid,
    stageId: StageOrFieldId,
    fieldId: StageOrFieldId,
    personId: Uuid.nullable().default(null),
  })
  .strict();
export type CodingHistoryQuery = z.input<typeof CodingHistoryQuery>;

/** One change of one value, from the audit log. */
export interface CodingHistoryEntry {
  seq: number;
  at: string;
  reviewerId: string;
  reviewerName: string;
  action: 'set' | 'clear';
  old: CodingValue | null;
  new: CodingValue | null;
}
