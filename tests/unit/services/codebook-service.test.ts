// Codebook management (issue 4 §7): every edit is a new immutable version, cases move to it,
// and values coded under an earlier version keep that version and stay valid.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/core/services';
import type { Vault } from '../../../electron/core/vault/vault';
import { isDossierError } from '../../../shared/errors';
import { createTestVault, removeTempDirs } from '../../helpers/temp-vault';
import { addField } from '../../helpers/codebook-fixtures';

let vault: Vault;
let s: Services;
let caseA: string;
let caseB: string;

beforeEach(() => {
  vault = createTestVault().vault;
  s = createServices(vault);
  caseA = s.cases.create({ ref: 'MK-2021-07' }).id;
  caseB = s.cases.create({ ref: 'RS-2020-11' }).id;
});
afterEach(() => {
  vault.close();
  removeTempDirs();
});

function error(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (isDossierError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  return { code: 'no error', message: '' };
}


function overviewCell(caseId: string): { answered: number; applicable: number; problems: number } {
  const row = s.review.overview().rows.find((r) => r.caseId === caseId);
  const cell = row?.stages.case_overview;
  if (!cell) throw new Error('no progress for the case');
  return cell;
}

describe('codebook changes', () => {
  it('makes version 2, moves every case to it, and keeps the version of existing codings', () => {
    const coded = s.codings.set({ caseId: caseA, stageId: 'case_overview', fieldId: 'country', value: 'mk' });
    expect(coded.codebookVersion).toBe(1);
    const result = s.codebook.change({ baseVersion: 1, changes: [addField] });
    expect(result.codebook.version).toBe(2);
    expect(result.versions.map((v) => [v.version, v.cases])).toEqual([
      [1, 0],
      [2, 2],
    ]);
    expect(s.codings.codebookOf(caseA).version).toBe(2);
    expect(s.codings.codebookOf(caseB).version).toBe(2);
    const listed = s.codings.list(caseA).find((k) => k.fieldId === 'country');
    expect(listed).toMatchObject({ value: 'mk', codebookVersion: 1 });
    // The new field takes values at once, recorded under the new version.
    expect(s.codings.set({ caseId: caseA, stageId: 'case_overview', fieldId: 'interpreter_used', value: 'yes' }).codebookVersion).toBe(2);
    const audit = s.audit.list({ subjectId: result.versions[1]?.uuid }).find((e) => e.action === 'codebook.change');
    expect(audit?.details).toMatchObject({ from: 1, to: 2, changes: [{ op: 'add_field', stage: 'case_overview', field: 'interpreter_used' }] });
  });

  it('counts a newly added field as applicable in every case', () => {
    const before = overviewCell(caseB);
    s.codebook.change({ baseVersion: 1, changes: [addField] });
    expect(overviewCell(caseB)).toEqual({ ...before, applicable: before.applicable + 1 });
  });

  it('refuses new values of a deprecated option but keeps the stored one valid', () => {
    s.codings.set({ caseId: caseA, stageId: 'case_overview', fieldId: 'country', value: 'me' });
    s.codebook.change({ baseVersion: 1, changes: [{ op: 'deprecate_option', fieldId: 'country', optionId: 'me', deprecated: true }] });
    expect(error(() => s.codings.set({ caseId: caseB, stageId: 'case_overview', fieldId: 'country', value: 'me' }))).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/deprecated/) as unknown,
    });
    expect(s.codings.list(caseA).find((k) => k.fieldId === 'country')?.value).toBe('me');
    expect(overviewCell(caseA).problems).toBe(0);
    // Marking the case coded checks its evaluation: the old value is no problem.
    expect(s.cases.update({ id: caseA, status: 'coded' }).status).toBe('coded');
  });

  it('refuses a change made against an older version', () => {
    s.codebook.change({ baseVersion: 1, changes: [{ op: 'relabel', target: { kind: 'title' }, locale: 'en', label: 'TIP review' }] });
    expect(error(() => s.codebook.change({ baseVersion: 1, changes: [addField] }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/changed elsewhere/) as unknown,
    });
    expect(s.codebook.current().codebook.version).toBe(2);
  });

  it('writes a relabel in mk into the translations, leaving the English wording', () => {
    const english = s.codebook.current().codebook.stages[0]?.label;
    const { codebook } = s.codebook.change({
      baseVersion: 1,
      changes: [{ op: 'relabel', target: { kind: 'field', fieldId: 'country' }, locale: 'mk', label: 'Држава на судење', help: 'Државата чии судови судеа.' }],
    });
    expect(codebook.translations?.mk?.fields.country).toMatchObject({ label: 'Држава на судење', help: 'Државата чии судови судеа.' });
    expect(codebook.stages[0]?.label).toBe(english);
    expect(codebook.stages[0]?.fields.find((f) => f.id === 'country')?.label).toBe('Country where the case was tried');
  });

  it('changes nothing when a change is invalid', () => {
    expect(error(() => s.codebook.change({ baseVersion: 1, changes: [addField, { ...addField }] })).code).toBe('VALIDATION');
    expect(s.codebook.current().versions).toHaveLength(1);
  });
});

describe('codebook import', () => {
  it('refuses a different codebook under a version number the vault already holds', () => {
    const changed = JSON.parse(s.codebook.exportJson()) as { title: string };
    changed.title = 'Another wording of version 1';
    expect(error(() => s.codebook.importJson(JSON.stringify(changed)))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/different version 1/) as unknown,
    });
    expect(s.codebook.importJson(s.codebook.exportJson())).toEqual({ status: 'already-present', codebookId: 'tip-case-review', version: 1 });
  });

  it('moves every case to an imported later version and audits it', () => {
    const next = JSON.parse(s.codebook.exportJson()) as { version: number; title: string };
    next.version = 3;
    next.title = 'TIP review, third edition';
    expect(s.codebook.importJson(JSON.stringify(next))).toEqual({ status: 'imported', codebookId: 'tip-case-review', version: 3 });
    expect(s.codings.codebookOf(caseA).version).toBe(3);
    expect(overviewCell(caseA).applicable).toBeGreaterThan(0);
    const uuid = s.codebook.current().versions.find((v) => v.version === 3)?.uuid;
    expect(s.audit.list({ subjectId: uuid }).map((e) => [e.action, e.details])).toEqual([['codebook.import', { codebook: 'tip-case-review', from: 1, to: 3, cases: 2 }]]);
    expect(error(() => s.codebook.importJson(JSON.stringify({ ...next, version: 2 }))).message).toMatch(/older than version 3/);
  });
});

