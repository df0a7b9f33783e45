// Import of a case interchange file: validate everything, then write everything in one
// transaction. A file with any problem writes nothing; a crash mid-import leaves the vault as
// it was before (SQLite rolls back the uncommitted transaction on the next open).
import { DossierError } from '../../../shared/errors';
import type { InterchangeCase } from '../../../shared/interchange/interchange-schema';
import { findCodebook } from '../codebook/codebook-store';
import { reviewerByName } from '../reviewers/reviewers';
import type { Services } from '../services';
import { validateInterchange } from './validate-interchange';

export type ConflictChoice = 'fail' | 'skip' | 'replace';

export interface ImportOptions {
  onConflict?: ConflictChoice;
  /** Called after each case is written (inside the transaction). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  imported: string[];
  replaced: string[];
  skipped: string[];
}

export function parseInterchangeJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new DossierError('VALIDATION', 'The file is not valid JSON.', [{ path: '', message: err instanceof Error ? err.message : 'invalid JSON' }]);
  }
}

export function importInterchange(services: Services, input: unknown, options: ImportOptions = {}): ImportReport {
  const ctx = services.context;
  const { file, problems } = validateInterchange(input, (id, version) => findCodebook(ctx.db, id, version)?.index ?? null);
  if (!file || problems.length > 0) {
    const n = problems.length;
    throw new DossierError('VALIDATION', `The file has ${n} problem${n === 1 ? '' : 's'}; nothing was imported.`, problems);
  }
  const onConflict = options.onConflict ?? 'fail';
  const existing = file.cases.map((c) => c.ref.trim()).filter((ref) => services.cases.findByRef(ref) !== null);
  if (existing.length > 0 && onConflict === 'fail') {
    throw new DossierError(
      'CONFLICT',
      `${existing.length} case${existing.length === 1 ? '' : 's'} already in the vault (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}); choose to skip or replace them.`,
      existing.map((ref) => ({ path: `/cases/${file.cases.findIndex((c) => c.ref.trim() === ref)}/ref`, message: `the case ${ref} already exists` })),
    );
  }
  const conflicts = new Set(existing);
  const report: ImportReport = { imported: [], replaced: [], skipped: [] };
  ctx.write(() => {
    file.cases.forEach((c, i) => {
      const ref = c.ref.trim();
      if (conflicts.has(ref)) {
        if (onConflict === 'skip') {
          report.skipped.push(ref);
          options.onProgress?.(i + 1, file.cases.length);
          return;
        }
        services.cases.delete(services.cases.findByRef(ref)!.id);
        report.replaced.push(ref);
      } else {
        report.imported.push(ref);
      }
      services.cases.progress.defer(() => writeCase(services, c));
      options.onProgress?.(i + 1, file.cases.length);
    });
    ctx.audit({
      action: 'interchange.import',
      subjectType: 'vault',
      subjectId: ctx.vault.id,
      details: { imported: report.imported.length, replaced: report.replaced.length, skipped: report.skipped.length },
    });
  });
  return report;
}

function writeCase(services: Services, c: InterchangeCase): void {
  const created = services.cases.create({ ref: c.ref.trim(), title: c.title ?? '', status: c.status ?? 'not_started' });
  const caseId = created.id;
  const personIds = new Map<string, string>();
  for (const p of c.persons ?? []) {
    const person = services.persons.create(
      {
        caseId,
        role: p.role,
        ...(p.code !== undefined ? { code: p.code } : {}),
        ...(p.full_name !== undefined ? { fullName: p.full_name } : {}),
        ...(p.date_of_birth !== undefined ? { dateOfBirth: p.date_of_birth } : {}),
        ...(p.sex !== undefined ? { sex: p.sex } : {}),
        ...(p.citizenship !== undefined ? { citizenship: p.citizenship } : {}),
        aliases: p.aliases ?? [],
        idNumbers: p.id_numbers ?? [],
        addresses: p.addresses ?? [],
        phones: p.phones ?? [],
        emails: p.emails ?? [],
        otherIdentifiers: p.other_identifiers ?? [],
      },
      { extKey: p.key },
    );
    personIds.set(p.key, person.id);
  }
  const documentIds = new Map<string, string>();
  for (const d of c.documents ?? []) {
    const doc = services.documents.addText(
      {
        caseId,
        kind: d.kind ?? 'other',
        title: d.title ?? '',
        text: d.text,
        ...(d.language !== undefined ? { language: d.language } : {}),
        ...(d.date !== undefined ? { date: d.date } : {}),
      },
      { extKey: d.key },
    );
    documentIds.set(d.key, doc.id);
  }
  const annotationIds = new Map<string, string>();
  (c.annotations ?? []).forEach((a, i) => {
    const coder = a.coder ? reviewerByName(services.context, a.coder).id : services.context.actor;
    const annotation = services.annotations.create(
      { documentId: documentIds.get(a.document)!, start: a.start, end: a.end, codes: a.codes ?? [], memo: a.memo ?? null },
      { extKey: a.id ?? `annotation-${i + 1}`, coderId: coder },
    );
    if (a.id !== undefined) annotationIds.set(a.id, annotation.id);
  });
  const codebook = services.codings.codebookOf(caseId);
  for (const k of c.codings ?? []) {
    // Derived values are recomputed from the case, never taken from a file (issue 4 §3).
    if (codebook.index.field(k.stage, k.field)?.field.derived) continue;
    services.codings.set({
      caseId,
      stageId: k.stage,
      fieldId: k.field,
      personId: k.person !== undefined ? personIds.get(k.person)! : null,
      value: k.value,
      ...(k.note !== undefined ? { note: k.note } : {}),
      ...(k.evidence ? { evidence: k.evidence.map((e) => annotationIds.get(e)!) } : {}),
    }, { advanceStatus: false });
  }
  for (const m of c.memos ?? []) {
    services.memos.create({ caseId, text: m.text, ...(m.document !== undefined ? { documentId: documentIds.get(m.document)! } : {}) });
  }
}
