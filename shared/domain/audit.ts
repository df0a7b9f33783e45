import { z } from 'zod';

export interface AuditEntry {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  caseId: string | null;
  details: Record<string, unknown>;
}

export const AuditListQuery = z
  .object({
    caseId: z.uuid().optional(),
    subjectId: z.uuid().optional(),
    afterSeq: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(10_000).default(200),
  })
  .strict();
export type AuditListQuery = z.input<typeof AuditListQuery>;

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose MAC does not match, or that breaks the sequence. */
  firstBadSeq: number | null;
  problem: string | null;
  headMac: string | null;
}
