import { z } from 'zod';
import { ShortText, Uuid } from './ids';
import { DocumentKind, type DocumentSummary } from './document';

/**
 * Largest original file the vault accepts. Judgments run to a few hundred pages; anything
 * larger is refused before it is read into memory (issue 5, bad input "a 200 MB file").
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Formats the importer reads. The format is decided from the file's bytes, not its name. */
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'odt', 'txt'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * How the text of a document came to be. `no_text_layer`: a scanned PDF kept as an original
 * with no text (OCR can come later); it must never look like an empty judgment.
 */
export const EXTRACTION_STATES = ['ok', 'no_text_layer'] as const;
export type ExtractionState = (typeof EXTRACTION_STATES)[number];

/** One file of an import batch. The bytes travel over IPC; no path ever does. */
export const DocumentImportFile = z
  .object({
    caseId: Uuid,
    /** The file's own name, shown to the reviewer and kept with the original. */
    name: z.string().trim().min(1).max(255),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IMPORT_BYTES, { message: 'too_large' }),
    kind: DocumentKind.default('other'),
    title: ShortText.optional(),
    language: z.string().max(20).optional(),
    date: z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/).optional(),
    /** Import even when the same file or text is already in this case. */
    allowDuplicate: z.boolean().default(false),
  })
  .strict();
export type DocumentImportFile = z.input<typeof DocumentImportFile>;

/** Another document holding the same original file or the same extracted text. */
export interface DocumentDuplicate {
  documentId: string;
  caseId: string;
  caseRef: string;
  title: string;
  /** `file`: byte-identical original; `text`: same normalised text from a different file. */
  sameAs: 'file' | 'text';
}

export interface DocumentImportResult {
  document: DocumentSummary;
  /** Documents of other cases with the same file or text (same-case duplicates are refused). */
  duplicates: DocumentDuplicate[];
}

/** A corrected version of a document's file, imported over it (issue 5 item 3). */
export const DocumentReplace = z
  .object({
    id: Uuid,
    name: z.string().trim().min(1).max(255),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IMPORT_BYTES, { message: 'too_large' }),
  })
  .strict();
export type DocumentReplace = z.input<typeof DocumentReplace>;

export interface DocumentReplaceResult {
  document: DocumentSummary;
  /** Annotations found at their old place, by exact quote, and by fuzzy quote match. */
  kept: number;
  moved: number;
  fuzzy: number;
  /** Annotations that could not be placed: kept and flagged, never dropped. */
  orphaned: number;
}

/** The original file of a document, for rendering a PDF page in memory. */
export interface DocumentOriginal {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}
