import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import { Uuid } from '../../../shared/domain/ids';
import { MemoCreate, MemoUpdate, type Memo } from '../../../shared/domain/memo';
import { nowIso } from '../util/clock';
import type { CasesService } from './cases-service';
import { notFound, parseInput, type ServiceContext } from './service-context';

interface MemoRow {
  id: string;
  case_id: string;
  document_id: string | null;
  text: string;
  author_id: string;
  created_at: string;
  updated_at: string;
}

export class MemosService {
  private readonly ctx: ServiceContext;
  private readonly cases: CasesService;

  constructor(ctx: ServiceContext, cases: CasesService) {
    this.ctx = ctx;
    this.cases = cases;
  }

  list(caseId: string): Memo[] {
    parseInput(Uuid, caseId);
    return (this.ctx.sql('SELECT * FROM memos WHERE case_id = ? ORDER BY position').all(caseId) as MemoRow[]).map(toMemo);
  }

  get(id: string): Memo {
    parseInput(Uuid, id);
    const row = this.ctx.sql('SELECT * FROM memos WHERE id = ?').get(id) as MemoRow | undefined;
    if (!row) throw notFound('memo');
    return toMemo(row);
  }

  create(input: MemoCreate): Memo {
    const data = parseInput(MemoCreate, input);
    const id = randomUUID();
    this.ctx.write(() => {
      this.cases.get(data.caseId);
      if (data.documentId) {
        const doc = this.ctx.sql('SELECT case_id FROM documents WHERE id = ?').get(data.documentId) as { case_id: string } | undefined;
        if (!doc || doc.case_id !== data.caseId) throw new DossierError('VALIDATION', 'A memo can only refer to a document of its case.');
      }
      const position = (this.ctx.sql('SELECT ifnull(max(position), 0) + 1 AS p FROM memos WHERE case_id = ?').get(data.caseId) as { p: number }).p;
      const now = nowIso();
      this.ctx
        .sql('INSERT INTO memos (id, case_id, document_id, text, author_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, data.caseId, data.documentId ?? null, data.text, this.ctx.actor, position, now, now);
      this.cases.touch(data.caseId);
      this.ctx.audit({ action: 'memo.create', subjectType: 'memo', subjectId: id, caseId: data.caseId });
    });
    return this.get(id);
  }

  update(input: MemoUpdate): Memo {
    const data = parseInput(MemoUpdate, input);
    this.ctx.write(() => {
      const before = this.get(data.id);
      this.ctx.sql('UPDATE memos SET text = ?, updated_at = ? WHERE id = ?').run(data.text, nowIso(), data.id);
      this.cases.touch(before.caseId);
      this.ctx.audit({ action: 'memo.update', subjectType: 'memo', subjectId: data.id, caseId: before.caseId });
    });
    return this.get(data.id);
  }

  delete(id: string): void {
    this.ctx.write(() => {
      const before = this.get(id);
      this.ctx.sql('DELETE FROM memos WHERE id = ?').run(id);
      this.cases.touch(before.caseId);
      this.ctx.audit({ action: 'memo.delete', subjectType: 'memo', subjectId: id, caseId: before.caseId });
    });
  }
}

function toMemo(row: MemoRow): Memo {
  return {
    id: row.id,
    caseId: row.case_id,
    documentId: row.document_id,
    text: row.text,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
