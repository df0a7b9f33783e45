import { z } from 'zod';
import { ShortText, Uuid } from './ids';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const ANCHOR_CONTEXT = 32;

export interface Annotation {
  id: string;
  caseId: string;
  documentId: string;
  /** Code point offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  codes: string[];
  memo: string | null;
  coderId: string;
  /** anchored: the quote is at [start, end); orphaned: it could not be placed after a text change. */
  status: 'anchored' | 'orphaned';
  createdAt: string;
  updatedAt: string;
}

export const AnnotationCreate = z
  .object({
    documentId: Uuid,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    codes: z.array(z.string().max(100)).max(50).default([]),
    memo: ShortText.max(20_000).nullable().optional(),
  })
  .strict();
export type AnnotationCreate = z.input<typeof AnnotationCreate>;

export const AnnotationUpdate = z
  .object({
    id: Uuid,
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
    codes: z.array(z.string().max(100)).max(50).optional(),
    memo: ShortText.max(20_000).nullable().optional(),
  })
  .strict();
export type AnnotationUpdate = z.input<typeof AnnotationUpdate>;

/**
 * Undo of a delete: the deleted annotation as `annotations:delete` returned it, put back with
 * its id and its evidence links, provided its quote still stands at the same place.
 */
export const AnnotationRestore = z
  .object({
    id: Uuid,
    documentId: Uuid,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    codes: z.array(z.string().max(100)).max(50),
    memo: ShortText.max(20_000).nullable(),
    evidenceCodingIds: z.array(Uuid).max(1000),
  })
  .strict();
export type AnnotationRestore = z.input<typeof AnnotationRestore>;

/** What a delete removed, enough to undo it. */
export interface DeletedAnnotation {
  annotation: Annotation;
  evidenceCodingIds: string[];
}
