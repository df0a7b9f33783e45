// Validation of a whole interchange file before anything is written (case-interchange.md,
// "Rules for an importer"): every problem is collected and named by its JSON path, so a
// reviewer fixes a file in one pass instead of one error per attempt.
import type { Problem } from '../../../shared/errors';
import { InterchangeFile, type InterchangeCase } from '../../../shared/interchange/interchange-schema';
import type { CodebookIndex } from '../../../shared/codebook/codebook-schema';
import { describeValueProblem, validateCodingValue } from '../../../shared/codebook/validate-value';
import { normaliseText } from '../../../shared/text/normalise-text';
import { sliceCodePoints } from '../../../shared/text/code-points';
import { jsonPointer } from './json-pointer';

export interface ValidationOutcome {
  file: InterchangeFile | null;
  problems: Problem[];
}

/**
 * Structure first (types, required keys, unknown keys), then meaning against the codebook:
 * ids, scopes, values, references between persons, documents, annotations and codings.
 */
export function validateInterchange(input: unknown, lookupCodebook: (id: string, version: number) => CodebookIndex | null): ValidationOutcome {
  const parsed = InterchangeFile.safeParse(input);
  if (!parsed.success) {
    return { file: null, problems: parsed.error.issues.map((i) => ({ path: jsonPointer(i.path), message: i.message })) };
  }
  const file = parsed.data;
  const problems: Problem[] = [];
  const codebook = lookupCodebook(file.codebook.id, file.codebook.version);
  if (!codebook) {
    problems.push({ path: '/codebook', message: `the vault has no codebook ${file.codebook.id} version ${file.codebook.version}` });
    return { file, problems };
  }
  const refs = new Map<string, number>();
  file.cases.forEach((c, i) => {
    const ref = c.ref.trim();
    const first = refs.get(ref);
    if (first !== undefined) problems.push({ path: `/cases/${i}/ref`, message: `the reference ${ref} is also used by /cases/${first}` });
    else refs.set(ref, i);
    validateCase(c, `/cases/${i}`, codebook, problems);
  });
  return { file, problems };
}

function validateCase(c: InterchangeCase, base: string, codebook: CodebookIndex, problems: Problem[]): void {
  const add = (path: string, message: string): void => {
    problems.push({ path: `${base}${path}`, message });
  };
  if (c.ref.trim() === '') add('/ref', 'a reference cannot be blank');

  const persons = new Map<string, string>();
  const codes = new Set<string>();
  (c.persons ?? []).forEach((p, i) => {
    if (persons.has(p.key)) add(`/persons/${i}/key`, `the person key ${p.key} is used twice in this case`);
    persons.set(p.key, p.role);
    if (p.code !== undefined) {
      if (codes.has(p.code)) add(`/persons/${i}/code`, `the code ${p.code} is used twice in this case`);
      codes.add(p.code);
    }
  });

  const documents = new Map<string, string>();
  (c.documents ?? []).forEach((d, i) => {
    if (documents.has(d.key)) add(`/documents/${i}/key`, `the document key ${d.key} is used twice in this case`);
    documents.set(d.key, normaliseText(d.text));
  });

  const annotationIds = new Set<string>();
  (c.annotations ?? []).forEach((a, i) => {
    const at = `/annotations/${i}`;
    if (a.id !== undefined) {
      if (annotationIds.has(a.id)) add(`${at}/id`, `the annotation id ${a.id} is used twice in this case`);
      annotationIds.add(a.id);
    }
    const text = documents.get(a.document);
    if (text === undefined) {
      add(`${at}/document`, `no document with the key ${a.document} in this case`);
    } else if (a.end <= a.start) {
      add(`${at}/end`, 'end must be greater than start');
    } else {
      const slice = sliceCodePoints(text, a.start, a.end);
      if (slice === null) add(`${at}/end`, 'the offsets lie outside the document text');
      else if (a.quote !== undefined && normaliseText(a.quote) !== slice) {
        add(`${at}/quote`, `the quote does not match the text at ${a.start}-${a.end} (found "${truncate(slice)}")`);
      }
    }
    (a.codes ?? []).forEach((code, j) => {
      const node = codebook.annotationCode(code);
      if (!node) add(`${at}/codes/${j}`, `unknown annotation code ${code}`);
      else if (!node.codable) add(`${at}/codes/${j}`, `${code} is a folder of codes, not a code`);
    });
  });

  const seen = new Set<string>();
  (c.codings ?? []).forEach((k, i) => {
    const at = `/codings/${i}`;
    if (!codebook.hasStage(k.stage)) {
      add(`${at}/stage`, `unknown stage ${k.stage}`);
      return;
    }
    const ref = codebook.field(k.stage, k.field);
    if (!ref) {
      add(`${at}/field`, `unknown field ${k.field} in stage ${k.stage}`);
      return;
    }
    const { field } = ref;
    if (field.scope === 'case') {
      if (k.person !== undefined) add(`${at}/person`, `${field.id} is coded per case and takes no person`);
    } else if (k.person === undefined) {
      add(`${at}/person`, `${field.id} is coded per ${field.scope}: the person is required`);
    } else {
      const role = persons.get(k.person);
      if (role === undefined) add(`${at}/person`, `no person with the key ${k.person} in this case`);
      else if (role !== field.scope) add(`${at}/person`, `${field.id} is a ${field.scope} field, but ${k.person} is a ${role}`);
    }
    // Values in a file were coded before: an option deprecated since is still a valid record.
    const problem = validateCodingValue(field, k.value, true);
    if (problem) add(`${at}/value`, describeValueProblem(field, problem));
    const identity = `${k.stage}/${k.field}/${k.person ?? ''}`;
    if (seen.has(identity)) add(at, `${k.field} is coded twice${k.person ? ` for ${k.person}` : ''}`);
    seen.add(identity);
    (k.evidence ?? []).forEach((e, j) => {
      if (!annotationIds.has(e)) add(`${at}/evidence/${j}`, `no annotation with the id ${e} in this case`);
    });
  });

  (c.memos ?? []).forEach((m, i) => {
    if (m.document !== undefined && !documents.has(m.document)) add(`/memos/${i}/document`, `no document with the key ${m.document} in this case`);
    if (m.text.trim() === '') add(`/memos/${i}/text`, 'a memo cannot be empty');
  });
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
