import { z } from 'zod';
import { LongText, ShortText, Uuid } from './ids';
import { DOCUMENT_KINDS } from './enums';
import type { DocumentFormat, ExtractionState } from './document-import';

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
  /** The imported file, or null for a document added as text. */
  source: { name: string; format: DocumentFormat; mediaType: string; size: number } | null;
  /** `no_text_layer`: a scanned PDF whose text is empty until OCR; never an error. */
  extraction: ExtractionState;
  /** Pages of a PDF original, else null. */
  pageCount: number | null;
  createdAt: string;
}

export interface DocumentWithText extends DocumentSummary {
  text: string;
  /** Code-point offset where each PDF page begins in `text` (page 1 first), else null. */
  pageStarts: number[] | null;
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
