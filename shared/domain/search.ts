import { z } from 'zod';
import { CASE_STATUSES, DOCUMENT_KINDS } from './enums';
import { Uuid } from './ids';

/** Where a search hit was found: a document's text, a case memo, or an annotation's memo. */
export const SEARCH_SOURCES = ['document', 'memo', 'annotation'] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

/**
 * A full-text query as the reviewer typed it: words, "quoted phrases" and prefix* terms. It is
 * parsed by Dossier, never handed to FTS5 as syntax, so no input can cause a syntax error.
 */
export const SearchQuery = z
  .object({
    text: z.string().max(500),
    sources: z.array(z.enum(SEARCH_SOURCES)).max(3).optional(),
    kinds: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length).optional(),
    countries: z.array(z.string().max(10)).max(20).optional(),
    statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).optional(),
    /** Only hits inside a passage annotated with one of these codes (documents) or coded so (annotations). */
    codes: z.array(z.string().max(100)).max(50).optional(),
    caseId: Uuid.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type SearchQuery = z.input<typeof SearchQuery>;

/** A stretch of original text around a hit; highlights are UTF-16 [start, end) ranges into `text`. */
export interface SearchSnippet {
  text: string;
  highlights: Array<[number, number]>;
}

export interface SearchHit {
  source: SearchSource;
  /** The document, memo or annotation. */
  id: string;
  documentId: string | null;
  title: string;
  snippet: SearchSnippet;
  /** Code-point offset of the first match in the document text (documents and annotations). */
  start: number | null;
  end: number | null;
  rank: number;
}

export interface SearchCaseGroup {
  caseId: string;
  caseRef: string;
  caseTitle: string;
  hits: SearchHit[];
}

export interface SearchResults {
  /** Matching items across all cases before limit/offset. */
  total: number;
  groups: SearchCaseGroup[];
  /** The query as understood, for "searching for …" feedback; empty when nothing searchable was typed. */
  terms: string[];
}

/** All passages with a code, optionally only those overlapping a passage coded with a second code. */
export const CodeQuery = z
  .object({
    code: z.string().min(1).max(100),
    overlapsCode: z.string().min(1).max(100).optional(),
    caseId: Uuid.optional(),
    limit: z.number().int().min(1).max(5000).default(1000),
  })
  .strict();
export type CodeQuery = z.input<typeof CodeQuery>;

export interface CodedPassage {
  annotationId: string;
  caseId: string;
  caseRef: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  codes: string[];
  memo: string | null;
  status: 'anchored' | 'orphaned';
}

/** How many passages of each case carry each code (rows: codes, columns: cases). */
export interface CodeCaseMatrix {
  codes: string[];
  cases: Array<{ id: string; ref: string }>;
  /** counts[codeIndex][caseIndex] */
  counts: number[][];
}
