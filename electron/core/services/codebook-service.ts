// The codebook versions of the vault and their management (issue 4 §7). Every edit or import
// stores a new immutable version and moves the cases onto it; codings keep the version they
// were coded under, and the edits allowed keep those values valid under the new version.
import { isDeepStrictEqual } from 'node:util';
import { CodebookChangeRequest, type CodebookChange, type CodebookVersionInfo, type CurrentCodebook } from '../../../shared/codebook/codebook-changes';
import { applyCodebookChanges, checkCodebookUpgrade, parseCodebook } from '../../../shared/codebook/apply-codebook-changes';
import type { Codebook } from '../../../shared/codebook/codebook-schema';
import { DossierError } from '../../../shared/errors';
import { currentCodebook, findCodebook, storeCodebook, type StoredCodebook } from '../codebook/codebook-store';
import { nowIso } from '../util/clock';
import type { CaseProgress } from './case-progress';
import { parseInput, type ServiceContext } from './service-context';

export interface CodebookImportResult {
  /** already-present: the vault holds this very version, so nothing was stored. */
  status: 'imported' | 'already-present';
  codebookId: string;
  version: number;
}

export class CodebookService {
  private readonly ctx: ServiceContext;
  private readonly progress: CaseProgress;

  constructor(ctx: ServiceContext, progress: CaseProgress) {
    this.ctx = ctx;
    this.progress = progress;
  }

  current(): CurrentCodebook {
    const codebook = currentCodebook(this.ctx.db).definition;
    const versions = this.ctx
      .sql(
        `SELECT b.id AS uuid, b.codebook_id AS codebookId, b.version, b.title, b.created_at AS createdAt,
                (SELECT count(*) FROM cases c WHERE c.codebook_id = b.id) AS cases
           FROM codebooks b ORDER BY b.created_at, b.version`,
      )
      .all() as CodebookVersionInfo[];
    return { codebook, versions };
  }

  /** Applies a reviewer's edits as the next version of the current codebook. */
  change(request: CodebookChangeRequest): CurrentCodebook {
    const data = parseInput(CodebookChangeRequest, request);
    this.ctx.write(() => {
      const current = currentCodebook(this.ctx.db);
      // Two windows editing at once: the second must see the first's edits before its own land.
      if (data.baseVersion !== current.version) {
        throw new DossierError(
          'CONFLICT',
          `The codebook was changed elsewhere (it is now version ${current.version}, not ${data.baseVersion}); reload it and make the change again.`,
        );
      }
      const next = applyCodebookChanges(current.definition, data.changes);
      const stored = this.storeVersion(next);
      const cases = this.moveCases(next.id, stored.id);
      this.ctx.audit({
        action: 'codebook.change',
        subjectType: 'codebook',
        subjectId: stored.id,
        details: { codebook: next.id, from: current.version, to: next.version, cases, changes: data.changes.map(summarise) },
      });
    });
    return this.current();
  }

  /** The current codebook definition as a file another vault can import. */
  exportJson(): string {
    return `${JSON.stringify(currentCodebook(this.ctx.db).definition, null, 2)}\n`;
  }

  /** Records that the codebook left the vault as a file (it holds no case data, so no plaintext warning). */
  recordExport(fileName: string): void {
    const current = currentCodebook(this.ctx.db);
    this.ctx.write(() =>
      this.ctx.audit({
        action: 'codebook.export',
        subjectType: 'codebook',
        subjectId: current.id,
        details: { codebook: current.codebook_id, version: current.version, file: fileName },
      }),
    );
  }

  /**
   * Takes in a codebook file. A later version of a codebook in the vault replaces it for every
   * case (when nothing coded under it would be lost); another codebook becomes the one new
   * cases are coded under, and existing cases keep theirs.
   */
  importJson(text: string): CodebookImportResult {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DossierError('BAD_REQUEST', 'The codebook file is not valid JSON.');
    }
    const incoming = parseCodebook(json, 'The codebook file is not a valid codebook');
    return this.ctx.write(() => {
      const newest = this.newestVersionOf(incoming.id);
      if (newest && incoming.version <= newest.version) {
        const same = findCodebook(this.ctx.db, incoming.id, incoming.version);
        if (same && isDeepStrictEqual(same.definition, incoming)) {
          return { status: 'already-present', codebookId: incoming.id, version: incoming.version };
        }
        throw new DossierError(
          'CONFLICT',
          same
            ? `The vault already holds a different version ${incoming.version} of the codebook ${incoming.id} (its newest is version ${newest.version}); a codebook version is never replaced.`
            : `The file holds version ${incoming.version} of the codebook ${incoming.id}, older than version ${newest.version} in the vault.`,
        );
      }
      if (newest) {
        const problems = checkCodebookUpgrade(newest.definition, incoming);
        if (problems.length > 0) {
          throw new DossierError(
            'VALIDATION',
            `Version ${incoming.version} of the codebook ${incoming.id} cannot replace version ${newest.version}: ${problems[0]?.message ?? ''}.`,
            problems,
          );
        }
      }
      const stored = this.storeVersion(incoming);
      const cases = newest ? this.moveCases(incoming.id, stored.id) : 0;
      this.ctx.audit({
        action: 'codebook.import',
        subjectType: 'codebook',
        subjectId: stored.id,
        details: { codebook: incoming.id, from: newest?.version ?? null, to: incoming.version, cases },
      });
      return { status: 'imported', codebookId: incoming.id, version: incoming.version };
    });
  }

  private newestVersionOf(codebookId: string): { version: number; definition: Codebook } | null {
    const row = this.ctx.sql('SELECT max(version) AS version FROM codebooks WHERE codebook_id = ?').get(codebookId) as { version: number | null };
    if (row.version === null) return null;
    const loaded = findCodebook(this.ctx.db, codebookId, row.version);
    return loaded ? { version: loaded.version, definition: loaded.definition } : null;
  }

  /**
   * Stores a version with a creation time later than every stored one: the newest row is what
   * new cases are coded under, and two saves within one millisecond must not tie.
   */
  private storeVersion(codebook: Codebook): StoredCodebook {
    const latest = (this.ctx.sql('SELECT max(created_at) AS at FROM codebooks').get() as { at: string | null }).at;
    let at = nowIso();
    if (latest !== null && at <= latest) at = new Date(Date.parse(latest) + 1).toISOString();
    return storeCodebook(this.ctx.db, codebook, at);
  }

  /** Moves every case coded under any version of `codebookId` to the version `uuid`; returns how many. */
  private moveCases(codebookId: string, uuid: string): number {
    this.ctx.sql('UPDATE cases SET codebook_id = ? WHERE codebook_id IN (SELECT id FROM codebooks WHERE codebook_id = ?)').run(uuid, codebookId);
    const caseIds = (this.ctx.sql('SELECT id FROM cases WHERE codebook_id = ?').all(uuid) as { id: string }[]).map((r) => r.id);
    this.progress.refreshAll(caseIds);
    return caseIds.length;
  }
}

/** What the audit log keeps of an edit: the operation and the ids it touched, not the wording. */
function summarise(change: CodebookChange): Record<string, string | boolean> {
  switch (change.op) {
    case 'add_field':
      return { op: change.op, stage: change.stageId, field: change.field.id };
    case 'add_option':
      return { op: change.op, field: change.fieldId, option: change.option.id };
    case 'relabel': {
      const t = change.target;
      const ids: Record<string, string> = t.kind === 'title' ? {} : t.kind === 'stage' ? { stage: t.stageId } : t.kind === 'field' ? { field: t.fieldId } : { field: t.fieldId, option: t.optionId };
      return { op: change.op, target: t.kind, locale: change.locale, ...ids };
    }
    case 'deprecate_field':
      return { op: change.op, field: change.fieldId, deprecated: change.deprecated };
    case 'deprecate_option':
      return { op: change.op, field: change.fieldId, option: change.optionId, deprecated: change.deprecated };
  }
}
