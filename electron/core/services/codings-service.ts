// Coded values, validated against the codebook version of their case: a wrong type, an
// unknown option, or a victim field on a defendant is an error, never a silent coercion.
import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import { Uuid } from '../../../shared/domain/ids';
import { CodingClear, CodingHistoryQuery, CodingSet, type Coding, type CodingHistoryEntry } from '../../../shared/domain/coding';
import { describeValueProblem, validateCodingValue, type CodingValue } from '../../../shared/codebook/validate-value';
import type { CodebookField } from '../../../shared/codebook/codebook-schema';
import { loadCodebookByUuid, type LoadedCodebook } from '../codebook/codebook-store';
import { nowIso } from '../util/clock';
import type { CasesService } from './cases-service';
import { notFound, parseInput, type ServiceContext } from './service-context';

interface CodingRow {
  id: string;
  case_id: string;
  stage_id: string;
  field_id: string;
  person_id: string | null;
  value: string;
  note: string | null;
  codebook_version: number;
  coder_id: string;
  created_at: string;
  updated_at: string;
  revision: number;
  evidence: string | null;
}

const SELECT_CODING = `SELECT k.*, (SELECT json_group_array(annotation_id) FROM coding_evidence e WHERE e.coding_id = k.id) AS evidence
  FROM codings k`;

export class CodingsService {
  private readonly ctx: ServiceContext;
  private readonly cases: CasesService;

  constructor(ctx: ServiceContext, cases: CasesService) {
    this.ctx = ctx;
    this.cases = cases;
  }

  list(caseId: string): Coding[] {
    parseInput(Uuid, caseId);
    return (this.ctx.sql(`${SELECT_CODING} WHERE k.case_id = ? ORDER BY k.stage_id, k.field_id, k.person_id`).all(caseId) as CodingRow[]).map(toCoding);
  }

  /** The codebook version a case is coded under. */
  codebookOf(caseId: string): LoadedCodebook {
    const row = this.ctx.sql('SELECT codebook_id FROM cases WHERE id = ?').get(caseId) as { codebook_id: string } | undefined;
    if (!row) throw notFound('case');
    return loadCodebookByUuid(this.ctx.db, row.codebook_id);
  }

  /**
   * Saves one value. `advanceStatus` moves a not-started case to "in progress" (a reviewer
   * coding); the importer turns it off, because a file's status is the file's to say.
   */
  set(input: CodingSet, options: { advanceStatus?: boolean } = {}): Coding {
    const data = parseInput(CodingSet, input);
    return this.ctx.write(() => {
      const codebook = this.codebookOf(data.caseId);
      const field = this.resolveField(codebook, data.stageId, data.fieldId);
      if (field.deprecated) throw new DossierError('VALIDATION', `The field ${field.id} is deprecated and takes no new values.`);
      assertTypable(field);
      this.checkPerson(field, data.caseId, data.personId);
      const problem = validateCodingValue(field, data.value);
      if (problem) throw new DossierError('VALIDATION', `${field.id}: ${describeValueProblem(field, problem)}`);
      if (data.evidence) this.checkEvidence(data.caseId, data.evidence);

      const existing = this.findRow(data.caseId, data.stageId, data.fieldId, data.personId);
      checkRevision(existing, data.expectedRevision);
      const now = nowIso();
      const value = JSON.stringify(data.value);
      let id: string;
      if (existing) {
        id = existing.id;
        this.ctx
          .sql(
            `UPDATE codings SET value = ?, note = ?, codebook_version = ?, coder_id = ?, updated_at = ?, revision = revision + 1
             WHERE id = ?`,
          )
          .run(value, data.note === undefined ? existing.note : data.note, codebook.version, this.ctx.actor, now, id);
      } else {
        id = randomUUID();
        this.ctx
          .sql(
            `INSERT INTO codings (id, case_id, stage_id, field_id, person_id, value, note, codebook_version, coder_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(id, data.caseId, data.stageId, data.fieldId, data.personId, value, data.note ?? null, codebook.version, this.ctx.actor, now, now);
      }
      if (data.evidence) this.replaceEvidence(id, data.evidence);
      if (options.advanceStatus !== false) this.cases.markStarted(data.caseId);
      this.cases.recordCodingChange(data.caseId);
      this.ctx.audit({
        action: 'coding.set',
        subjectType: 'coding',
        subjectId: id,
        caseId: data.caseId,
        details: {
          stage: data.stageId,
          field: data.fieldId,
          person: data.personId,
          old: existing ? (JSON.parse(existing.value) as CodingValue) : null,
          new: data.value,
        },
      });
      return this.get(id);
    });
  }

  clear(input: CodingClear): void {
    const data = parseInput(CodingClear, input);
    this.ctx.write(() => {
      const field = this.resolveField(this.codebookOf(data.caseId), data.stageId, data.fieldId);
      assertTypable(field);
      const existing = this.findRow(data.caseId, data.stageId, data.fieldId, data.personId);
      if (!existing) return;
      checkRevision(existing, data.expectedRevision);
      this.ctx.sql('DELETE FROM codings WHERE id = ?').run(existing.id);
      this.cases.recordCodingChange(data.caseId);
      this.ctx.audit({
        action: 'coding.clear',
        subjectType: 'coding',
        subjectId: existing.id,
        caseId: data.caseId,
        details: { stage: data.stageId, field: data.fieldId, person: data.personId, old: JSON.parse(existing.value) as CodingValue, new: null },
      });
    });
  }

  /** Who changed one value, when, from what to what: the audit log's coding entries (issue 4 §2). */
  history(input: CodingHistoryQuery): CodingHistoryEntry[] {
    const data = parseInput(CodingHistoryQuery, input);
    const rows = this.ctx
      .sql(
        `SELECT a.seq, a.ts, a.actor, r.name AS actor_name, a.action, a.details
           FROM audit_log a LEFT JOIN reviewers r ON r.id = a.actor
          WHERE a.case_id = ? AND a.action IN ('coding.set', 'coding.clear')
            AND json_extract(a.details, '$.stage') = ? AND json_extract(a.details, '$.field') = ?
            AND ifnull(json_extract(a.details, '$.person'), '') = ?
          ORDER BY a.seq DESC LIMIT 500`,
      )
      .all(data.caseId, data.stageId, data.fieldId, data.personId ?? '') as HistoryRow[];
    return rows.map((row) => {
      const details = JSON.parse(row.details) as { old?: CodingValue | null; new?: CodingValue | null };
      return {
        seq: row.seq,
        at: row.ts,
        reviewerId: row.actor,
        reviewerName: row.actor_name ?? row.actor,
        action: row.action === 'coding.clear' ? 'clear' : 'set',
        old: details.old ?? null,
        new: details.new ?? null,
      };
    });
  }

  get(id: string): Coding {
    const row = this.ctx.sql(`${SELECT_CODING} WHERE k.id = ?`).get(id) as CodingRow | undefined;
    if (!row) throw notFound('coding');
    return toCoding(row);
  }

  private findRow(caseId: string, stageId: string, fieldId: string, personId: string | null): CodingRow | undefined {
    return this.ctx
      .sql(`${SELECT_CODING} WHERE k.case_id = ? AND k.stage_id = ? AND k.field_id = ? AND ifnull(k.person_id, '') = ?`)
      .get(caseId, stageId, fieldId, personId ?? '') as CodingRow | undefined;
  }

  private resolveField(codebook: LoadedCodebook, stageId: string, fieldId: string): CodebookField {
    if (!codebook.index.hasStage(stageId)) throw new DossierError('VALIDATION', `Unknown stage "${stageId}" in the codebook.`);
    const ref = codebook.index.field(stageId, fieldId);
    if (!ref) throw new DossierError('VALIDATION', `Unknown field "${fieldId}" in stage ${stageId}.`);
    return ref.field;
  }

  private checkPerson(field: CodebookField, caseId: string, personId: string | null): void {
    if (field.scope === 'case') {
      if (personId !== null) throw new DossierError('VALIDATION', `${field.id} is coded once per case, not per person.`);
      return;
    }
    if (personId === null) throw new DossierError('VALIDATION', `${field.id} is coded per ${field.scope}: choose the ${field.scope}.`);
    const person = this.ctx.sql('SELECT role, case_id FROM persons WHERE id = ?').get(personId) as { role: string; case_id: string } | undefined;
    if (!person || person.case_id !== caseId) throw new DossierError('VALIDATION', 'That person is not part of this case.');
    if (person.role !== field.scope) {
      throw new DossierError('VALIDATION', `${field.id} is a ${field.scope} field and cannot be coded for a ${person.role}.`);
    }
  }

  private checkEvidence(caseId: string, annotationIds: readonly string[]): void {
    for (const annotationId of annotationIds) {
      const row = this.ctx.sql('SELECT case_id FROM annotations WHERE id = ?').get(annotationId) as { case_id: string } | undefined;
      if (!row || row.case_id !== caseId) throw new DossierError('VALIDATION', 'Evidence must be an annotated passage of this case.');
    }
  }

  private replaceEvidence(codingId: string, annotationIds: readonly string[]): void {
    this.ctx.sql('DELETE FROM coding_evidence WHERE coding_id = ?').run(codingId);
    const insert = this.ctx.sql('INSERT OR IGNORE INTO coding_evidence (coding_id, annotation_id) VALUES (?, ?)');
    for (const annotationId of annotationIds) insert.run(codingId, annotationId);
  }
}

interface HistoryRow {
  seq: number;
  ts: string;
  actor: string;
  actor_name: string | null;
  action: string;
  details: string;
}

/** Derived values are computed from others (issue 4 §3); typing one would contradict its sources. */
function assertTypable(field: CodebookField): void {
  if (field.derived) {
    throw new DossierError('VALIDATION', `${field.id} is computed by Dossier from other values and cannot be typed.`);
  }
}

function checkRevision(existing: CodingRow | undefined, expected: number | null | undefined): void {
  if (expected === undefined) return;
  const actual = existing ? existing.revision : null;
  if (actual !== expected) {
    throw new DossierError('CONFLICT', 'This value was changed elsewhere since you opened it; reload to see the newer value.');
  }
}

function toCoding(row: CodingRow): Coding {
  return {
    id: row.id,
    caseId: row.case_id,
    stageId: row.stage_id,
    fieldId: row.field_id,
    personId: row.person_id,
    value: JSON.parse(row.value) as CodingValue,
    note: row.note,
    evidence: row.evidence ? (JSON.parse(row.evidence) as string[]) : [],
    codebookVersion: row.codebook_version,
    coderId: row.coder_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}
