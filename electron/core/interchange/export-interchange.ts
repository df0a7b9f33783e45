// Export to the case interchange format. Keys of persons, documents and annotations are the
// ones they were imported with (or their UUIDs), so export → import → export is identical.
import type {
  InterchangeAnnotation,
  InterchangeCase,
  InterchangeCoding,
  InterchangeDocument,
  InterchangeFile,
  InterchangePerson,
} from '../../../shared/interchange/interchange-schema';
import type { Person } from '../../../shared/domain/person';
import type { Services } from '../services';
import { listReviewers } from '../reviewers/reviewers';
import { currentCodebook } from '../codebook/codebook-store';
import type { CaseSummary } from '../../../shared/domain/case';

const PAGE = 5_000;

export interface ExportOptions {
  /** Only these case references; all cases when absent. */
  refs?: readonly string[];
}

export function exportInterchange(services: Services, options: ExportOptions = {}): InterchangeFile {
  const ctx = services.context;
  const reviewerNames = new Map(listReviewers(ctx).map((r) => [r.id, r.name]));
  const wanted = options.refs ? new Set(options.refs) : null;
  const summaries: CaseSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = services.cases.list({ sort: 'ref', offset, limit: PAGE });
    summaries.push(...page.items.filter((c) => !wanted || wanted.has(c.ref)));
    if (offset + PAGE >= page.total) break;
  }
  let codebook: InterchangeFile['codebook'] | null = null;
  const cases: InterchangeCase[] = summaries.map((summary) => {
    const cb = services.codings.codebookOf(summary.id);
    codebook ??= { id: cb.codebook_id, version: cb.version };
    const persons = services.persons.listWithIdentity(summary.id);
    const personKeys = new Map(persons.map((p) => [p.id, p.key]));
    const documents = services.documents.list(summary.id).map((d) => services.documents.get(d.id));
    const documentKeys = new Map(documents.map((d) => [d.id, d.key]));
    const annotations = services.annotations.listForCase(summary.id);
    const annotationKeys = new Map(
      annotations.map((a) => [a.id, (ctx.sql('SELECT ext_key FROM annotations WHERE id = ?').get(a.id) as { ext_key: string }).ext_key]),
    );
    // Codebook order, then the persons' order: the same file from any vault (UUIDs differ).
    const fieldOrder = new Map(cb.definition.stages.flatMap((s) => s.fields.map((f) => `${s.id}/${f.id}`)).map((key, i) => [key, i]));
    const personOrder = new Map(persons.map((p, i) => [p.id, i]));
    const rank = (k: { stageId: string; fieldId: string; personId: string | null }): [number, number] => [
      fieldOrder.get(`${k.stageId}/${k.fieldId}`) ?? Number.MAX_SAFE_INTEGER,
      k.personId === null ? -1 : (personOrder.get(k.personId) ?? 0),
    ];
    const codings = services.codings.list(summary.id).sort((a, b) => {
      const [fa, pa] = rank(a);
      const [fb, pb] = rank(b);
      return fa - fb || pa - pb;
    });
    const memos = services.memos.list(summary.id);
    return {
      ref: summary.ref,
      ...(summary.title !== '' ? { title: summary.title } : {}),
      status: summary.status,
      persons: persons.map(exportPerson),
      codings: codings.map(
        (k): InterchangeCoding => ({
          stage: k.stageId,
          field: k.fieldId,
          ...(k.personId !== null ? { person: personKeys.get(k.personId)! } : {}),
          value: k.value,
          ...(k.note !== null ? { note: k.note } : {}),
          ...(k.evidence.length > 0 ? { evidence: k.evidence.map((e) => annotationKeys.get(e)!).sort() } : {}),
        }),
      ),
      documents: documents.map(
        (d): InterchangeDocument => ({
          key: d.key,
          kind: d.kind,
          ...(d.title !== '' ? { title: d.title } : {}),
          ...(d.language !== null ? { language: d.language } : {}),
          ...(d.date !== null ? { date: d.date } : {}),
          text: d.text,
        }),
      ),
      annotations: annotations.map(
        (a): InterchangeAnnotation => ({
          id: annotationKeys.get(a.id)!,
          document: documentKeys.get(a.documentId)!,
          start: a.start,
          end: a.end,
          quote: a.quote,
          codes: a.codes,
          ...(a.memo !== null ? { memo: a.memo } : {}),
          coder: reviewerNames.get(a.coderId) ?? a.coderId,
        }),
      ),
      memos: memos.map((m) => ({ text: m.text, ...(m.documentId !== null ? { document: documentKeys.get(m.documentId)! } : {}) })),
    };
  });
  // An export of no cases still names the codebook new cases would be coded under.
  const current = currentCodebook(ctx.db);
  return { format: 'case-interchange', version: 1, codebook: codebook ?? { id: current.codebook_id, version: current.version }, cases };
}

function exportPerson(p: Person): InterchangePerson {
  const lists = {
    aliases: p.aliases,
    id_numbers: p.idNumbers,
    addresses: p.addresses,
    phones: p.phones,
    emails: p.emails,
    other_identifiers: p.otherIdentifiers,
  };
  return {
    key: p.key,
    role: p.role,
    code: p.code,
    ...(p.fullName !== null ? { full_name: p.fullName } : {}),
    ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v.length > 0)),
    ...(p.dateOfBirth !== null ? { date_of_birth: p.dateOfBirth } : {}),
    ...(p.sex !== null ? { sex: p.sex } : {}),
    ...(p.citizenship !== null ? { citizenship: p.citizenship } : {}),
  };
}
