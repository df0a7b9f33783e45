import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServices, type Services } from '../../../electron/core/services';
import { importInterchange } from '../../../electron/core/interchange/import-interchange';
import { exportInterchange } from '../../../electron/core/interchange/export-interchange';
import { isDossierError, type Problem } from '../../../shared/errors';
import type { InterchangeFile } from '../../../shared/interchange/interchange-schema';
import { createTestVault, removeTempDirs } from '../../helpers/temp-vault';

afterEach(removeTempDirs);

const example = (): InterchangeFile =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/case-interchange.example.json'), 'utf8')) as InterchangeFile;

function freshServices(): { s: Services; close: () => void; dir: string } {
  const { vault, dir } = createTestVault();
  return { s: createServices(vault), close: () => vault.close(), dir };
}

function failure(fn: () => unknown): { code: string; problems: readonly Problem[] } {
  try {
    fn();
  } catch (err) {
    if (isDossierError(err)) return { code: err.code, problems: err.problems };
    throw err;
  }
  return { code: 'no error', problems: [] };
}

describe('case interchange import', () => {
  it('imports the format example with persons, codings, documents, annotations, evidence and memos', () => {
    const { s, close } = freshServices();
    expect(importInterchange(s, example())).toEqual({ imported: ['TRAIN-0001'], replaced: [], skipped: [] });
    const c = s.cases.findByRef('TRAIN-0001')!;
    expect(c).toMatchObject({ status: 'in_progress', country: 'mk', victims: 1, defendants: 1 });
    expect(s.persons.list(c.id).map((p) => p.code)).toEqual(['V1', 'D1']);
    const annotations = s.annotations.listForCase(c.id);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]!.quote).toBe('ѝ ветил работа како келнерка во Охрид');
    const recruitment = s.codings.list(c.id).find((k) => k.fieldId === 'recruitment_method')!;
    expect(recruitment.evidence).toEqual([annotations[0]!.id]);
    expect(s.memos.list(c.id).map((m) => m.text)).toEqual(['Check whether the appeal judgment is in the file.']);
    close();
  });

  it('reports three errors in three cases with their JSON paths and writes nothing', () => {
    const file = example();
    const base = file.cases[0]!;
    const broken = (ref: string) => JSON.parse(JSON.stringify({ ...base, ref })) as InterchangeFile['cases'][number];
    const a = broken('A');
    a.codings![0]!.value = 'xx';
    const b = broken('B');
    b.annotations![0]!.quote = 'not the text at those offsets';
    const c = broken('C');
    c.codings![3]!.person = 'd1';
    file.cases = [a, b, c];
    const { s, close } = freshServices();
    const before = s.cases.list().total;
    const result = failure(() => importInterchange(s, file));
    expect(result.code).toBe('VALIDATION');
    expect(result.problems.map((p) => p.path)).toEqual(['/cases/0/codings/0/value', '/cases/1/annotations/0/quote', '/cases/2/codings/3/person']);
    expect(result.problems[2]!.message).toMatch(/victim field, but d1 is a defendant/);
    expect(s.cases.list().total).toBe(before);
    close();
  });

  it('names structural problems (missing, mistyped and unknown keys) by path', () => {
    const { s, close } = freshServices();
    const bad = example() as unknown as { cases: Record<string, unknown>[] };
    delete bad.cases[0]!.ref;
    bad.cases[0]!.colour = 'red';
    (bad.cases[0]!.persons as Record<string, unknown>[])[0]!.role = 'judge';
    const result = failure(() => importInterchange(s, bad));
    expect(result.code).toBe('VALIDATION');
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('/cases/0/ref');
    expect(paths).toContain('/cases/0/persons/0/role');
    expect(paths).toContain('/cases/0');
    close();
  });

  it('rejects unknown ids, missing person keys, offsets outside the text and duplicate refs', () => {
    const { s, close } = freshServices();
    const file = example();
    const c = file.cases[0]!;
    c.codings!.push({ stage: 'case_overview', field: 'no_such_field', value: 'x' });
    c.codings!.push({ stage: 'sentencing', field: 'imprisonment_months', person: 'ghost', value: 12 });
    c.annotations!.push({ id: 'a2', document: 'd1', start: 10, end: 1_000_000 });
    c.annotations!.push({ id: 'a3', document: 'missing', start: 0, end: 1 });
    file.cases.push(JSON.parse(JSON.stringify({ ref: 'TRAIN-0001' })) as InterchangeFile['cases'][number]);
    file.codebook.version = 1;
    const paths = failure(() => importInterchange(s, file)).problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/cases/0/codings/7/field', '/cases/0/codings/8/person', '/cases/0/annotations/1/end', '/cases/0/annotations/2/document', '/cases/1/ref']),
    );
    expect(failure(() => importInterchange(s, { ...example(), codebook: { id: 'other', version: 3 } })).problems[0]!.path).toBe('/codebook');
    close();
  });

  it('treats an existing ref as a conflict: fail by default, skip or replace by choice', () => {
    const { s, close } = freshServices();
    importInterchange(s, example());
    const id = s.cases.findByRef('TRAIN-0001')!.id;
    s.cases.update({ id, title: 'edited after import' });
    expect(failure(() => importInterchange(s, example())).code).toBe('CONFLICT');
    expect(importInterchange(s, example(), { onConflict: 'skip' })).toEqual({ imported: [], replaced: [], skipped: ['TRAIN-0001'] });
    expect(s.cases.findByRef('TRAIN-0001')!.title).toBe('edited after import');
    expect(importInterchange(s, example(), { onConflict: 'replace' })).toEqual({ imported: [], replaced: ['TRAIN-0001'], skipped: [] });
    expect(s.cases.findByRef('TRAIN-0001')!.title).toBe('Synthetic training case: false job offer');
    expect(s.cases.list().total).toBe(1);
    close();
  });

  it('normalises imported text before checking offsets (CRLF, BOM, NFD)', () => {
    const { s, close } = freshServices();
    const file = example();
    const doc = file.cases[0]!.documents![0]!;
    doc.text = `\uFEFF${doc.text.replace(/\n/g, '\r\n').normalize('NFD')}`;
    importInterchange(s, file);
    const stored = s.documents.get(s.documents.list(s.cases.findByRef('TRAIN-0001')!.id)[0]!.id);
    expect(stored.text).toBe(example().cases[0]!.documents![0]!.text);
    close();
  });
});

describe('case interchange export', () => {
  it('round-trips: export, import into an empty vault, export again gives the same file', () => {
    const first = freshServices();
    importInterchange(first.s, example());
    const c = first.s.cases.findByRef('TRAIN-0001')!;
    const extra = first.s.persons.create({ caseId: c.id, role: 'witness', fullName: 'Witness Name', phones: ['+389 2 000 000'] });
    first.s.codings.set({ caseId: c.id, stageId: 'review_assessment', fieldId: 'key_findings', value: 'Findings.', note: 'checked' });
    first.s.memos.create({ caseId: c.id, text: 'About the judgment', documentId: first.s.documents.list(c.id)[0]!.id });
    void extra;
    const exported = exportInterchange(first.s);
    first.close();

    const second = freshServices();
    importInterchange(second.s, JSON.parse(JSON.stringify(exported)));
    const again = exportInterchange(second.s);
    second.close();
    expect(again).toEqual(exported);
    const original = example().cases[0]!;
    const roundTripped = again.cases[0]!;
    expect(roundTripped.persons!.slice(0, 2)).toEqual(original.persons);
    expect(roundTripped.documents).toEqual(original.documents);
    expect(roundTripped.annotations).toEqual(original.annotations);
  });
});
