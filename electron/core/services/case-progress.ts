// Keeps what the codebook derives from a case in step with the case (issue 4 §3-4): the
// derived values (durations, counts, person codes, "below the statutory minimum") and the
// completeness and problem counts of each stage. Runs inside the write transaction of the
// change that caused it, so a crash never leaves a duration disagreeing with its dates.
import { randomUUID } from 'node:crypto';
import { evaluateCase, recordKey, type CaseEvaluation, type EvalCoding, type EvalPerson } from '../../../shared/codebook/evaluate-case';
import type { CodingValue } from '../../../shared/codebook/validate-value';
import { loadCodebookByUuid } from '../codebook/codebook-store';
import { nowIso } from '../util/clock';
import type { ServiceContext } from './service-context';

interface StoredCoding {
  id: string;
  stage_id: string;
  field_id: string;
  person_id: string | null;
  value: string;
}

interface ProgressRow {
  stage_id: string;
  answered: number;
  applicable: number;
  problems: number;
}

export class CaseProgress {
  private readonly ctx: ServiceContext;
  /** Cases changed while refreshes are deferred (an import writes a case in many steps). */
  private deferred: Set<string> | null = null;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  /** Runs `fn` and refreshes each case it touched once at the end, in the same transaction. */
  defer<T>(fn: () => T): T {
    if (this.deferred) return fn();
    const pending = new Set<string>();
    this.deferred = pending;
    try {
      const result = fn();
      this.deferred = null;
      for (const caseId of pending) this.refresh(caseId);
      return result;
    } finally {
      this.deferred = null;
    }
  }

  /** Re-derives the values and progress of one case; call inside a write transaction. */
  refresh(caseId: string): CaseEvaluation | null {
    if (this.deferred) {
      this.deferred.add(caseId);
      return null;
    }
    const row = this.ctx.sql('SELECT codebook_id FROM cases WHERE id = ?').get(caseId) as { codebook_id: string } | undefined;
    if (!row) return null;
    const codebook = loadCodebookByUuid(this.ctx.db, row.codebook_id);
    const stored = this.ctx.sql('SELECT id, stage_id, field_id, person_id, value FROM codings WHERE case_id = ?').all(caseId) as StoredCoding[];
    const persons = this.ctx.sql('SELECT id, role, code FROM persons WHERE case_id = ?').all(caseId) as EvalPerson[];
    const codings: EvalCoding[] = stored.map((c) => ({ fieldId: c.field_id, personId: c.person_id, value: JSON.parse(c.value) as CodingValue }));
    const evaluation = evaluateCase(codebook.definition, codings, persons);

    const byRecord = new Map(stored.map((c) => [recordKey(c.field_id, c.person_id), c]));
    const now = nowIso();
    for (const d of evaluation.derived) {
      const existing = byRecord.get(recordKey(d.fieldId, d.personId));
      const stageId = codebook.index.fieldById(d.fieldId)?.stage.id;
      if (!stageId) continue;
      if (d.value === null) {
        if (existing) this.ctx.sql('DELETE FROM codings WHERE id = ?').run(existing.id);
        continue;
      }
      const value = JSON.stringify(d.value);
      if (existing?.value === value) continue;
      if (existing) {
        this.ctx
          .sql('UPDATE codings SET value = ?, codebook_version = ?, updated_at = ?, revision = revision + 1 WHERE id = ?')
          .run(value, codebook.version, now, existing.id);
      } else {
        this.ctx
          .sql(
            `INSERT INTO codings (id, case_id, stage_id, field_id, person_id, value, note, codebook_version, coder_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
          )
          .run(randomUUID(), caseId, stageId, d.fieldId, d.personId, value, codebook.version, this.ctx.actor, now, now);
      }
    }

    this.demoteIfInvalid(caseId, evaluation);
    // Only the rows that changed are written: a save usually changes one stage's figures, and
    // every page written costs an encrypted page and WAL frame (the save budget, DESIGN.md).
    const storedProgress = new Map(
      (this.ctx.sql('SELECT stage_id, answered, applicable, problems FROM case_stage_progress WHERE case_id = ?').all(caseId) as ProgressRow[]).map(
        (r) => [r.stage_id, r],
      ),
    );
    const upsert = this.ctx.sql(
      `INSERT INTO case_stage_progress (case_id, stage_id, answered, applicable, problems) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (case_id, stage_id) DO UPDATE SET answered = excluded.answered, applicable = excluded.applicable, problems = excluded.problems`,
    );
    for (const s of evaluation.stages) {
      const old = storedProgress.get(s.stageId);
      storedProgress.delete(s.stageId);
      if (old && old.answered === s.answered && old.applicable === s.applicable && old.problems === s.problems) continue;
      upsert.run(caseId, s.stageId, s.answered, s.applicable, s.problems);
    }
    // Stages the case's codebook no longer has (none today: versions only add) are dropped.
    for (const stageId of storedProgress.keys()) this.ctx.sql('DELETE FROM case_stage_progress WHERE case_id = ? AND stage_id = ?').run(caseId, stageId);
    return evaluation;
  }

  /**
   * Re-derives many cases (every case moved to a new codebook version); call inside a write
   * transaction. Their progress rows go first, so that if the refresh is deferred the cases
   * count as stale and `refreshStale` still catches them.
   */
  refreshAll(caseIds: readonly string[]): void {
    const clear = this.ctx.sql('DELETE FROM case_stage_progress WHERE case_id = ?');
    for (const caseId of caseIds) clear.run(caseId);
    for (const caseId of caseIds) this.refresh(caseId);
  }

  /**
   * "Coded" and "verified" promise a case without validation errors (issue 4 §4). A later
   * change that breaks a rule takes the case back to "in progress", audited, rather than
   * leaving a status that no longer holds.
   */
  private demoteIfInvalid(caseId: string, evaluation: CaseEvaluation): void {
    if (evaluation.problems.length === 0) return;
    const row = this.ctx.sql('SELECT status FROM cases WHERE id = ?').get(caseId) as { status: string } | undefined;
    if (!row || (row.status !== 'coded' && row.status !== 'verified')) return;
    this.ctx.sql("UPDATE cases SET status = 'in_progress', revision = revision + 1 WHERE id = ?").run(caseId);
    this.ctx.audit({
      action: 'case.update',
      subjectType: 'case',
      subjectId: caseId,
      caseId,
      details: { status: { old: row.status, new: 'in_progress' }, reason: 'validation' },
    });
  }

  /** Cases with no progress rows yet (a vault from before progress was kept, or a new codebook). */
  staleCaseIds(): string[] {
    return (
      this.ctx.sql('SELECT id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_stage_progress p WHERE p.case_id = c.id)').all() as { id: string }[]
    ).map((r) => r.id);
  }

  /** Brings every case up to date; a no-op when none is stale. */
  refreshStale(): number {
    const stale = this.staleCaseIds();
    if (stale.length === 0) return 0;
    this.ctx.write(() => {
      for (const caseId of stale) this.refresh(caseId);
    });
    return stale.length;
  }
}
