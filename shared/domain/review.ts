// The review as a whole: the cases × stages progress overview and the cross-case table
// (issue 4 §4-5). Types cross IPC; the request schemas are zod, checked in main.
import { z } from 'zod';
import type { CaseStatus } from './enums';
import type { CodingValue } from '../codebook/validate-value';

export interface StageCell {
  answered: number;
  applicable: number;
  problems: number;
}

export interface OverviewRow {
  caseId: string;
  ref: string;
  title: string;
  status: CaseStatus;
  /** By stage id; a stage of another codebook version is absent. */
  stages: Record<string, StageCell>;
}

export interface ReviewOverview {
  /** The stages of the current codebook, in order. */
  stageIds: string[];
  rows: OverviewRow[];
}

export const TableQuery = z
  .object({
    /** Field ids of the current codebook, in column order. */
    fieldIds: z.array(z.string().min(1).max(100)).min(1).max(40),
  })
  .strict();
export type TableQuery = z.input<typeof TableQuery>;

export interface TableColumn {
  fieldId: string;
  stageId: string;
}

/** A case-scoped value with the revision a save must expect, or the values of each person. */
export type TableCell =
  | { kind: 'case'; value: CodingValue | null; revision: number | null }
  | { kind: 'persons'; entries: { personId: string; code: string; value: CodingValue }[] };

export interface TableRow {
  caseId: string;
  ref: string;
  title: string;
  status: CaseStatus;
  /** By field id; a field the case's codebook version lacks is absent. */
  cells: Record<string, TableCell>;
}

export interface CrossCaseTable {
  columns: TableColumn[];
  rows: TableRow[];
}
