import { createHash, randomUUID } from 'node:crypto';
import { Uuid } from '../../../shared/domain/ids';
import { DocumentAddText, type DocumentKind, type DocumentSummary, type DocumentWithText } from '../../../shared/domain/document';
import type { DocumentFormat, DocumentImportFile, DocumentImportResult, DocumentOriginal, DocumentReplace, DocumentReplaceResult, ExtractionState } from '../../../shared/domain/document-import';
import { DossierError } from '../../../shared/errors';
import { normaliseText } from '../../../shared/text/normalise-text';
import { codePointLength } from '../../../shared/text/code-points';
import { nowIso } from '../util/clock';
import type { CasesService } from './cases-service';
import { notFound, parseInput, type ServiceContext } from './service-context';

interface DocumentRow {
  id: string;
  case_id: string;
  ext_key: string;
  kind: DocumentKind;
  title: string;
  language: string | null;
  date: string | null;
  text_length: number;
  text_sha256: string;
  original_name: string | null;
  media_type: string | null;
  format: DocumentFormat | null;
  original_size: number | null;
  extraction: ExtractionState;
  page_starts: string | null;
  created_at: string;
  text?: string;
}

const SUMMARY_COLUMNS =
  'id, case_id, ext_key, kind, title, language, date, text_length, text_sha256, original_name, media_type, format, original_size, extraction, page_starts, created_at';

export class DocumentsService {
  private readonly ctx: ServiceContext;
  private readonly cases: CasesService;

  constructor(ctx: ServiceContext, cases: CasesService) {
    this.ctx = ctx;
    this.cases = cases;
  }

  list(caseId: string): DocumentSummary[] {
    parseInput(Uuid, caseId);
    return (this.ctx.sql(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE case_id = ? ORDER BY position`).all(caseId) as DocumentRow[]).map(toSummary);
  }

  get(id: string): DocumentWithText {
    parseInput(Uuid, id);
    const row = this.ctx.sql(`SELECT ${SUMMARY_COLUMNS}, text FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
    if (!row) throw notFound('document');
    return { ...toSummary(row), text: row.text ?? '', pageStarts: row.page_starts ? (JSON.parse(row.page_starts) as number[]) : null };
  }

  /** Adds a document as text. The text is normalised first: anchors count its code points. */
  addText(input: DocumentAddText, options: { id?: string; extKey?: string } = {}): DocumentSummary {
    const data = parseInput(DocumentAddText, input);
    const id = options.id ?? randomUUID();
    const text = normaliseText(data.text);
    this.ctx.write(() => {
      this.cases.get(data.caseId);
      const position = (this.ctx.sql('SELECT ifnull(max(position), 0) + 1 AS p FROM documents WHERE case_id = ?').get(data.caseId) as { p: number }).p;
      const now = nowIso();
      this.ctx
        .sql(
          `INSERT INTO documents (id, case_id, ext_key, kind, title, language, date, text, text_length, text_sha256, position, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, data.caseId, options.extKey ?? id, data.kind, data.title, data.language ?? null, data.date ?? null, text, codePointLength(text), sha256(text), position, now, now);
      this.cases.touch(data.caseId);
      this.ctx.audit({ action: 'document.add', subjectType: 'document', subjectId: id, caseId: data.caseId, details: { kind: data.kind, length: codePointLength(text) } });
    });
    return toSummary(this.ctx.sql(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ?`).get(id) as DocumentRow);
  }

  importFile(_input: DocumentImportFile): DocumentImportResult {
    throw new DossierError('INTERNAL', 'Importing files is being built (issue 5).');
  }

  replace(_input: DocumentReplace): DocumentReplaceResult {
    throw new DossierError('INTERNAL', 'Replacing a document is being built (issue 5).');
  }

  original(_id: string): DocumentOriginal {
    throw new DossierError('INTERNAL', 'Reading an original is being built (issue 5).');
  }

  delete(id: string): void {
    this.ctx.write(() => {
      const before = this.get(id);
      this.ctx.sql('DELETE FROM documents WHERE id = ?').run(id);
      this.cases.touch(before.caseId);
      this.ctx.audit({ action: 'document.delete', subjectType: 'document', subjectId: id, caseId: before.caseId, details: { kind: before.kind } });
    });
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    key: row.ext_key,
    kind: row.kind,
    title: row.title,
    language: row.language,
    date: row.date,
    length: row.text_length,
    sha256: row.text_sha256,
    source:
      row.format && row.original_name
        ? { name: row.original_name, format: row.format, mediaType: row.media_type ?? 'application/octet-stream', size: row.original_size ?? 0 }
        : null,
    extraction: row.extraction,
    pageCount: row.page_starts ? (JSON.parse(row.page_starts) as number[]).length : null,
    createdAt: row.created_at,
  };
}
