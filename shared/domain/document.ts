import { z } from 'zod';
import { LongText, ShortText, Uuid } from './ids';
import { DOCUMENT_KINDS } from './enums';

export { DOCUMENT_KINDS } from './enums';
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export interface DocumentSummary {
  id: string;
  caseId: string;
  key: string;
  kind: DocumentKind;
  title: string;
  language: string | null;
  date: string | null;
  /** Length of the normalised text in code points. */
  length: number;
  sha256: string;
  createdAt: string;
}

export interface DocumentWithText extends DocumentSummary {
  text: string;
}

export const DocumentAddText = z
  .object({
    caseId: Uuid,
    kind: DocumentKind.default('other'),
    title: ShortText.default(''),
    language: z.string().max(20).optional(),
    date: z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/).optional(),
    text: LongText,
  })
  .strict();
export type DocumentAddText = z.input<typeof DocumentAddText>;
