// Passage annotations. Anchors are code point offsets plus the exact quote and 32 characters
// of context on each side (W3C TextPositionSelector + TextQuoteSelector), so a later text
// change can re-anchor them by the quote (annotation-and-agreement.md).
import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import { Uuid } from '../../../shared/domain/ids';
import { ANCHOR_CONTEXT, AnnotationCreate, AnnotationUpdate, type Annotation, type AnnotationRestore, type DeletedAnnotation } from '../../../shared/domain/annotation';
import { codePointToUtf16 } from '../../../shared/text/code-points';
import { nowIso } from '../util/clock';
import type { CasesService } from './cases-service';
import type { CodingsService } from './codings-service';
import type { DocumentsService } from './documents-service';
import { notFound, parseInput, parseJsonArray, type ServiceContext } from './service-context';

interface AnnotationRow {
  id: string;
  case_id: string;
  document_id: string;
  ext_key: string;
  start_cp: number;
  end_cp: number;
  quote: string;
  prefix: string;
  suffix: string;
  codes: string;
  memo: string | null;
  coder_id: string;
  status: 'anchored' | 'orphaned';
  created_at: string;
  updated_at: string;
}

export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** The quote and its context for a code point range of a text, or null if out of range. */
export function anchorIn(text: string, start: number, end: number): Anchor | null {
  if (!(end > start)) return null;
  const from = codePointToUtf16(text, start);
  const to = codePointToUtf16(text, end);
  if (from < 0 || to < 0) return null;
  const before = Array.from(text.slice(0, from));
  const after = Array.from(text.slice(to, to + ANCHOR_CONTEXT * 2));
  return {
    start,
    end,
    quote: text.slice(from, to),
    prefix: before.slice(-ANCHOR_CONTEXT).join(''),
    suffix: after.slice(0, ANCHOR_CONTEXT).join(''),
  };
}

export class AnnotationsService {
  private readonly ctx: ServiceContext;
  private readonly cases: CasesService;
  private readonly documents: DocumentsService;
  private readonly codings: CodingsService;

  constructor(ctx: ServiceContext, cases: CasesService, documents: DocumentsService, codings: CodingsService) {
    this.ctx = ctx;
    this.cases = cases;
    this.documents = documents;
    this.codings = codings;
  }

  listForDocument(documentId: string): Annotation[] {
    parseInput(Uuid, documentId);
    return (this.ctx.sql('SELECT * FROM annotations WHERE document_id = ? ORDER BY start_cp, end_cp').all(documentId) as AnnotationRow[]).map(toAnnotation);
  }

  listForCase(caseId: string): Annotation[] {
    parseInput(Uuid, caseId);
    return (
      this.ctx
        .sql('SELECT a.* FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.case_id = ? ORDER BY d.position, a.start_cp, a.end_cp')
        .all(caseId) as AnnotationRow[]
    ).map(toAnnotation);
  }

  get(id: string): Annotation {
    parseInput(Uuid, id);
    const row = this.ctx.sql('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
    if (!row) throw notFound('annotation');
    return toAnnotation(row);
  }

  create(input: AnnotationCreate, options: { id?: string; extKey?: string; coderId?: string } = {}): Annotation {
    const data = parseInput(AnnotationCreate, input);
    const id = options.id ?? randomUUID();
    this.ctx.write(() => {
      const document = this.documents.get(data.documentId);
      const anchor = anchorIn(document.text, data.start, data.end);
      if (!anchor) throw new DossierError('VALIDATION', 'The passage lies outside the document text.');
      this.checkCodes(document.caseId, data.codes);
      const now = nowIso();
      this.ctx
        .sql(
          `INSERT INTO annotations (id, case_id, document_id, ext_key, start_cp, end_cp, quote, prefix, suffix, codes, memo, coder_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, document.caseId, document.id, options.extKey ?? id, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix,
          JSON.stringify(data.codes), data.memo ?? null, options.coderId ?? this.ctx.actor, now, now);
      this.cases.touch(document.caseId);
      this.ctx.audit({ action: 'annotation.create', subjectType: 'annotation', subjectId: id, caseId: document.caseId, details: { document: document.id, start: anchor.start, end: anchor.end, codes: data.codes } });
    });
    return this.get(id);
  }

  update(input: AnnotationUpdate): Annotation {
    const data = parseInput(AnnotationUpdate, input);
    this.ctx.write(() => {
      const before = this.get(data.id);
      const document = this.documents.get(before.documentId);
      const anchor = anchorIn(document.text, data.start ?? before.start, data.end ?? before.end);
      if (!anchor) throw new DossierError('VALIDATION', 'The passage lies outside the document text.');
      const codes = data.codes ?? before.codes;
      this.checkCodes(before.caseId, codes);
      const memo = data.memo === undefined ? before.memo : data.memo;
      this.ctx
        .sql(
          `UPDATE annotations SET start_cp = ?, end_cp = ?, quote = ?, prefix = ?, suffix = ?, codes = ?, memo = ?, status = 'anchored', updated_at = ?
           WHERE id = ?`,
        )
        .run(anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, JSON.stringify(codes), memo, nowIso(), data.id);
      this.cases.touch(before.caseId);
      this.ctx.audit({
        action: 'annotation.update',
        subjectType: 'annotation',
        subjectId: data.id,
        caseId: before.caseId,
        details: { old: { start: before.start, end: before.end, codes: before.codes }, new: { start: anchor.start, end: anchor.end, codes } },
      });
    });
    return this.get(data.id);
  }

  restore(_input: AnnotationRestore): Annotation {
    throw new DossierError('INTERNAL', 'Undo of a delete is being built (issue 5).');
  }

  delete(id: string): DeletedAnnotation {
    const evidenceCodingIds = (this.ctx.sql('SELECT coding_id FROM coding_evidence WHERE annotation_id = ?').all(id) as Array<{ coding_id: string }>).map((r) => r.coding_id);
    let annotation: Annotation | undefined;
    this.ctx.write(() => {
      const before = this.get(id);
      annotation = before;
      this.ctx.sql('DELETE FROM annotations WHERE id = ?').run(id);
      this.cases.touch(before.caseId);
      this.ctx.audit({ action: 'annotation.delete', subjectType: 'annotation', subjectId: id, caseId: before.caseId, details: { document: before.documentId, codes: before.codes } });
    });
    return { annotation: annotation as Annotation, evidenceCodingIds };
  }

  private checkCodes(caseId: string, codes: readonly string[]): void {
    const { index } = this.codings.codebookOf(caseId);
    for (const code of codes) {
      const node = index.annotationCode(code);
      if (!node) throw new DossierError('VALIDATION', `Unknown annotation code "${code}".`);
      if (!node.codable) throw new DossierError('VALIDATION', `"${code}" is a folder of codes; choose a code inside it.`);
    }
  }
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    caseId: row.case_id,
    documentId: row.document_id,
    start: row.start_cp,
    end: row.end_cp,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    codes: parseJsonArray(row.codes),
    memo: row.memo,
    coderId: row.coder_id,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

