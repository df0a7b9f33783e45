import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import {
  CaseCreate,
  CaseListQuery,
  CaseUpdate,
  type CaseList,
  type CaseStatus,
  type CaseSummary,
} from '../../../shared/domain/case';
import { Uuid } from '../../../shared/domain/ids';
import { foldText } from '../../../shared/text/fold-text';
import { currentCodebook } from '../codebook/codebook-store';
import type { CaseProgress } from './case-progress';
import { nowIso } from '../util/clock';
import { notFound, parseInput, type ServiceContext } from './service-context';

interface CaseRow {
  id: string;
  ref: string;
  title: string;
  status: CaseStatus;
  country: string | null;
  victims: number;
  defendants: number;
  created_at: string;
  updated_at: string;
  revision: number;
}

// The case list's columns, computed in one statement. The country is the coded value of
// case_overview/country: codings are the single source of truth, nothing is copied. Filter and
// sort need only the case row and its country; the person counts are computed afterwards for
// the rows of the requested page alone.
const SUMMARY_CTE = `WITH summary AS (
  SELECT c.id, c.ref, c.title, c.status, c.search_key, c.created_at, c.updated_at, c.revision,
    (SELECT json_extract(k.value, '$') FROM codings k INDEXED BY codings_country
      WHERE k.case_id = c.id AND k.stage_id = 'case_overview' AND k.field_id = 'country' AND k.person_id IS NULL) AS country
  FROM cases c)`;

const PERSON_COUNTS = `(SELECT count(*) FROM persons p WHERE p.case_id = page.id AND p.role = 'victim') AS victims,
  (SELECT count(*) FROM persons p WHERE p.case_id = page.id AND p.role = 'defendant') AS defendants`;

const FILTER = `WHERE (@text IS NULL OR instr(search_key, @text) > 0)
  AND (@statuses IS NULL OR status IN (SELECT value FROM json_each(@statuses)))
  AND (@countries IS NULL OR country IN (SELECT value FROM json_each(@countries)))`;

// One static statement for every sort key and direction: ORDER BY cannot take a parameter,
// and SQL is never assembled from request data (DESIGN.md "Conventions").
const SORT_KEY = `CASE @sort
    WHEN 'ref' THEN ref
    WHEN 'title' THEN lower(title)
    WHEN 'status' THEN CASE status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'coded' THEN 2 ELSE 3 END
    WHEN 'country' THEN country
    WHEN 'updatedAt' THEN updated_at
    WHEN 'createdAt' THEN created_at
  END`;

export class CasesService {
  private readonly ctx: ServiceContext;
  readonly progress: CaseProgress;

  constructor(ctx: ServiceContext, progress: CaseProgress) {
    this.ctx = ctx;
    this.progress = progress;
  }

  list(query: CaseListQuery = {}): CaseList {
    const q = parseInput(CaseListQuery, query);
    const folded = q.text ? foldText(q.text.trim()) : '';
    const params = {
      text: folded === '' ? null : folded,
      statuses: q.status && q.status.length > 0 ? JSON.stringify(q.status) : null,
      countries: q.country && q.country.length > 0 ? JSON.stringify(q.country) : null,
      sort: q.sort,
      dir: q.direction,
      limit: q.limit,
      offset: q.offset,
    };
    // One pass: the window function counts the filtered rows before LIMIT applies.
    const rows = this.ctx
      .sql(
        `${SUMMARY_CTE}, page AS (
           SELECT *, count(*) OVER () AS total FROM summary ${FILTER}
           ORDER BY CASE WHEN @dir = 'asc' THEN ${SORT_KEY} END ASC,
                    CASE WHEN @dir = 'desc' THEN ${SORT_KEY} END DESC,
                    ref ASC
           LIMIT @limit OFFSET @offset)
         SELECT page.*, ${PERSON_COUNTS} FROM page
         ORDER BY CASE WHEN @dir = 'asc' THEN ${SORT_KEY} END ASC,
                  CASE WHEN @dir = 'desc' THEN ${SORT_KEY} END DESC,
                  ref ASC`,
      )
      .all(params) as (CaseRow & { total: number })[];
    // A page past the end has no row to carry the total; count separately only then.
    const total = rows[0]?.total ?? (q.offset > 0 ? (this.ctx.sql(`${SUMMARY_CTE} SELECT count(*) AS n FROM summary ${FILTER}`).get(params) as { n: number }).n : 0);
    return { total, items: rows.map(toSummary) };
  }

  get(id: string): CaseSummary {
    parseInput(Uuid, id);
    const row = this.ctx.sql(`${SUMMARY_CTE}, page AS (SELECT * FROM summary WHERE id = ?) SELECT page.*, ${PERSON_COUNTS} FROM page`).get(id) as CaseRow | undefined;
    if (!row) throw notFound('case');
    return toSummary(row);
  }

  findByRef(ref: string): CaseSummary | null {
    const row = this.ctx.sql(`${SUMMARY_CTE}, page AS (SELECT * FROM summary WHERE ref = ?) SELECT page.*, ${PERSON_COUNTS} FROM page`).get(ref) as CaseRow | undefined;
    return row ? toSummary(row) : null;
  }

  create(input: CaseCreate, options: { id?: string } = {}): CaseSummary {
    const data = parseInput(CaseCreate, input);
    const id = options.id ?? randomUUID();
    this.ctx.write(() => {
      this.assertRefFree(data.ref, null);
      const now = nowIso();
      this.ctx
        .sql(
          `INSERT INTO cases (id, ref, title, status, codebook_id, search_key, created_at, updated_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, data.ref, data.title, data.status, currentCodebook(this.ctx.db).id, searchKey(data.ref, data.title), now, now, this.ctx.actor);
      this.ctx.audit({ action: 'case.create', subjectType: 'case', subjectId: id, caseId: id, details: { ref: data.ref } });
      this.progress.refresh(id);
    });
    return this.get(id);
  }

  update(input: CaseUpdate): CaseSummary {
    const data = parseInput(CaseUpdate, input);
    this.ctx.write(() => {
      const before = this.get(data.id);
      if (data.expectedRevision !== undefined && data.expectedRevision !== before.revision) {
        throw new DossierError('CONFLICT', 'This case was changed elsewhere since you opened it; reload it to see the change.');
      }
      const ref = data.ref ?? before.ref;
      const title = data.title ?? before.title;
      const status = data.status ?? before.status;
      if (ref !== before.ref) this.assertRefFree(ref, data.id);
      if (status !== before.status && (status === 'coded' || status === 'verified')) this.assertNoProblems(data.id);
      this.ctx
        .sql(
          `UPDATE cases SET ref = ?, title = ?, status = ?, search_key = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`,
        )
        .run(ref, title, status, searchKey(ref, title), nowIso(), data.id);
      const changes: Record<string, { old: string; new: string }> = {};
      if (ref !== before.ref) changes.ref = { old: before.ref, new: ref };
      if (title !== before.title) changes.title = { old: before.title, new: title };
      if (status !== before.status) changes.status = { old: before.status, new: status };
      this.ctx.audit({ action: 'case.update', subjectType: 'case', subjectId: data.id, caseId: data.id, details: changes });
    });
    return this.get(data.id);
  }

  delete(id: string): void {
    parseInput(Uuid, id);
    this.ctx.write(() => {
      const before = this.get(id);
      this.ctx.sql('DELETE FROM cases WHERE id = ?').run(id);
      this.ctx.audit({ action: 'case.delete', subjectType: 'case', subjectId: id, caseId: id, details: { ref: before.ref } });
    });
  }

  /**
   * Records activity on the case (a person, coding, document or memo changed) so the list
   * shows where work stopped. The revision is left alone: it guards the case's own fields.
   */
  touch(caseId: string): void {
    const result = this.ctx.sql('UPDATE cases SET updated_at = ? WHERE id = ?').run(nowIso(), caseId);
    if (result.changes === 0) throw notFound('case');
  }

  /**
   * Records a change the codebook's rules read (a value or a person), and re-derives the
   * case's computed values and progress in the same transaction. Documents, passages and
   * memos only touch the case: re-evaluating for them would be work on every keystroke saved.
   */
  recordCodingChange(caseId: string): void {
    this.touch(caseId);
    this.progress.refresh(caseId);
  }

  /** Moves a case from "not started" to "in progress" when its first value is coded. */
  markStarted(caseId: string): void {
    const result = this.ctx.sql("UPDATE cases SET status = 'in_progress', revision = revision + 1 WHERE id = ? AND status = 'not_started'").run(caseId);
    if (result.changes > 0) {
      this.ctx.audit({ action: 'case.update', subjectType: 'case', subjectId: caseId, caseId, details: { status: { old: 'not_started', new: 'in_progress' } } });
    }
  }

  /** "Coded" requires a case without validation errors (issue 4 §4); the error lists them. */
  private assertNoProblems(caseId: string): void {
    const evaluation = this.progress.refresh(caseId);
    const problems = evaluation?.problems ?? [];
    if (problems.length === 0) return;
    throw new DossierError(
      'VALIDATION',
      `This case still has ${problems.length} validation ${problems.length === 1 ? 'problem' : 'problems'}; resolve them before marking it coded.`,
      problems.map((p) => ({ path: `/${p.fieldId}${p.personId ? `/${p.personId}` : ''}`, message: p.kind })),
    );
  }

  private assertRefFree(ref: string, exceptId: string | null): void {
    const row = this.ctx.sql('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: string } | undefined;
    if (row && row.id !== exceptId) throw new DossierError('CONFLICT', `A case with the reference ${ref} already exists.`);
  }
}

function searchKey(ref: string, title: string): string {
  return foldText(`${ref} ${title}`);
}

function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    status: row.status,
    country: row.country,
    victims: row.victims,
    defendants: row.defendants,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}
