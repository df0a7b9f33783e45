import { z } from 'zod';
import { ShortText, Uuid } from './ids';
import { CASE_SORT_KEYS, CASE_STATUSES } from './enums';

export { CASE_STATUSES, CASE_SORT_KEYS } from './enums';
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CaseRef = z
  .string()
  .trim()
  .min(1, 'a case needs a reference')
  .max(100)
  .regex(/^[^\p{C}]+$/u, 'a reference cannot contain control characters');

export interface CaseSummary {
  id: string;
  ref: string;
  title: string;
  status: CaseStatus;
  /** The coded country of proceedings (case_overview/country), if any. */
  country: string | null;
  victims: number;
  defendants: number;
  createdAt: string;
  updatedAt: string;
  /** Increments on every change of the case row; used to detect concurrent edits. */
  revision: number;
}

export const CaseListQuery = z
  .object({
    text: z.string().max(200).optional(),
    status: z.array(CaseStatus).max(4).optional(),
    country: z.array(z.string().max(20)).max(20).optional(),
    sort: z.enum(CASE_SORT_KEYS).default('ref'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(20_000).default(100),
  })
  .strict();
export type CaseListQuery = z.input<typeof CaseListQuery>;

export interface CaseList {
  total: number;
  items: CaseSummary[];
}

export const CaseCreate = z
  .object({
    ref: CaseRef,
    title: ShortText.default(''),
    status: CaseStatus.default('not_started'),
  })
  .strict();
export type CaseCreate = z.input<typeof CaseCreate>;

export const CaseUpdate = z
  .object({
    id: Uuid,
    ref: CaseRef.optional(),
    title: ShortText.optional(),
    status: CaseStatus.optional(),
    expectedRevision: z.number().int().min(0).optional(),
  })
  .strict();
export type CaseUpdate = z.input<typeof CaseUpdate>;
