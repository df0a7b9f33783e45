import { z } from 'zod';
import { Uuid } from './ids';

export interface Memo {
  id: string;
  caseId: string;
  documentId: string | null;
  text: string;
  authorId: string;
  createdAt: string;
  updatedAt: string;
}

export const MemoCreate = z
  .object({ caseId: Uuid, documentId: Uuid.nullable().optional(), text: z.string().min(1).max(200_000) })
  .strict();
export type MemoCreate = z.input<typeof MemoCreate>;

export const MemoUpdate = z.object({ id: Uuid, text: z.string().min(1).max(200_000) }).strict();
export type MemoUpdate = z.input<typeof MemoUpdate>;
