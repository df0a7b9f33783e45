import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/core/services';
import type { Vault } from '../../../electron/core/vault/vault';
import { DEFAULT_CODEBOOK } from '../../../electron/core/codebook/codebook-store';
import { isDossierError } from '../../../shared/errors';
import { createTestVault, removeTempDirs } from '../../helpers/temp-vault';

let vault: Vault;
let s: Services;
let caseId: string;
let victim: string;
let defendant: string;

beforeEach(() => {
  vault = createTestVault().vault;
  s = createServices(vault);
  caseId = s.cases.create({ ref: 'MK-2021-07' }).id;
  victim = s.persons.create({ caseId, role: 'victim', fullName: 'Ивана Стојановска' }).id;
  defendant = s.persons.create({ caseId, role: 'defendant', fullName: 'Горан Трајковски' }).id;
});
afterEach(() => {
  vault.close();
  removeTempDirs();
});

/** The values a reviewer typed: derived ones (person codes, counts) are the codebook's. */
function typedCodings() {
  return s.codings.list(caseId).filter((k) => !DEFAULT_CODEBOOK.stages.some((st) => st.fields.some((f) => f.id === k.fieldId && f.derived)));
}

function error(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (isDossierError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  return { code: 'no error', message: '' };
}

describe('persons', () => {
  it('gives pseudonymous codes per role and lists codes, never names', () => {
    const second = s.persons.create({ caseId, role: 'victim' });
    expect(second.code).toBe('V2');
    const list = s.persons.list(caseId);
    expect(list.map((p) => p.code)).toEqual(['V1', 'D1', 'V2']);
    expect(JSON.stringify(list)).not.toContain('Ивана');
  });

  it('reveals identities on purpose and audits the reveal', () => {
    expect(s.persons.reveal(victim).fullName).toBe('Ивана Стојановска');
    expect(s.audit.list({ subjectId: victim }).map((e) => e.action)).toEqual(['person.create', 'person.reveal']);
  });

  it('keeps names out of the audit log', () => {
    s.persons.update({ id: victim, fullName: 'Ivana S.', phones: ['+389 70 123 456'] });
    const log = JSON.stringify(s.audit.list({ caseId }));
    expect(log).not.toMatch(/Ивана|Ivana|Горан|\+389/);
    expect(log).toContain('fullName');
  });

  it('refuses a duplicate code and a role change that would reinterpret codings', () => {
    expect(error(() => s.persons.create({ caseId, role: 'witness', code: 'V1' })).code).toBe('CONFLICT');
    s.codings.set({ caseId, stageId: 'victims_identification', fieldId: 'victim_sex', personId: victim, value: 'female' });
    expect(error(() => s.persons.update({ id: victim, role: 'defendant' })).code).toBe('CONFLICT');
  });

  it('deletes a person with their codings', () => {
    s.codings.set({ caseId, stageId: 'victims_identification', fieldId: 'victim_sex', personId: victim, value: 'female' });
    s.persons.delete(victim);
    expect(typedCodings()).toEqual([]);
  });
});

describe('codings', () => {
  it('sets every field type and keeps one value per case, field and person', () => {
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'mk' });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'rs' });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'documents_reviewed', value: ['criminal_complaint'] });
    s.codings.set({ caseId, stageId: 'first_instance_trial', fieldId: 'hearings_adjourned', value: 2 });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'offence_period_start', value: '2020-02' });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'court_case_number', value: 'К-9041/21' });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'organised_criminal_group', value: 'unknown' });
    s.codings.set({ caseId, stageId: 'sentencing', fieldId: 'imprisonment_months', personId: defendant, value: 54 });
    s.codings.set({ caseId, stageId: 'victims_identification', fieldId: 'exploitation_duration', personId: victim, value: 14 });
    const values = Object.fromEntries(s.codings.list(caseId).map((k) => [k.fieldId, k.value]));
    expect(values).toMatchObject({ country: 'rs', documents_reviewed: ['criminal_complaint'], hearings_adjourned: 2, imprisonment_months: 54, exploitation_duration: 14 });
    const country = s.codings.list(caseId).find((k) => k.fieldId === 'country')!;
    expect(country).toMatchObject({ revision: 2, codebookVersion: 1, coderId: vault.reviewerId });
  });

  it('rejects a wrong type, an unknown option, text in a number field and an impossible date', () => {
    const set = (fieldId: string, value: unknown, stageId = 'case_overview') =>
      error(() => s.codings.set({ caseId, stageId, fieldId, value: value as never }));
    expect(set('country', 3)).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/option id/) });
    expect(set('country', 'xx')).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/unknown option "xx"/) });
    expect(set('hearings_adjourned', 'three', 'first_instance_trial')).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/number/) });
    expect(set('hearings_adjourned', 1.5, 'first_instance_trial').code).toBe('VALIDATION');
    expect(set('hearings_adjourned', -1, 'first_instance_trial').code).toBe('VALIDATION');
    expect(set('offence_period_start', '2021-02-31')).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/real date/) });
    expect(set('offence_period_start', '31.02.2021').code).toBe('VALIDATION');
    expect(set('documents_reviewed', []).code).toBe('VALIDATION');
    expect(set('documents_reviewed', ['criminal_complaint', 'criminal_complaint']).code).toBe('VALIDATION');
    expect(set('no_such_field', 'x')).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Unknown field/) });
    expect(set('country', 'mk', 'no_such_stage').code).toBe('VALIDATION');
    expect(typedCodings()).toEqual([]);
  });

  it('enforces the scope: a victim field on a defendant, a person on a case field', () => {
    const onDefendant = error(() => s.codings.set({ caseId, stageId: 'victims_identification', fieldId: 'victim_sex', personId: defendant, value: 'female' }));
    expect(onDefendant).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/victim field/) });
    expect(error(() => s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', personId: victim, value: 'mk' })).code).toBe('VALIDATION');
    expect(error(() => s.codings.set({ caseId, stageId: 'victims_identification', fieldId: 'victim_sex', value: 'female' })).code).toBe('VALIDATION');
    const other = s.cases.create({ ref: 'OTHER' }).id;
    const stranger = s.persons.create({ caseId: other, role: 'victim' }).id;
    expect(error(() => s.codings.set({ caseId, stageId: 'victims_identification', fieldId: 'victim_sex', personId: stranger, value: 'female' })).code).toBe('VALIDATION');
  });

  it('clears a value and records old and new values in the audit log', () => {
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'mk' });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'al' });
    s.codings.clear({ caseId, stageId: 'case_overview', fieldId: 'country' });
    expect(typedCodings()).toEqual([]);
    const history = s.audit.list({ caseId }).filter((e) => e.action.startsWith('coding.')).map((e) => [e.details.old, e.details.new]);
    expect(history).toEqual([[null, 'mk'], ['mk', 'al'], ['al', null]]);
  });

  it('detects that the value changed since it was read (two windows)', () => {
    const first = s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'mk', expectedRevision: null });
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'rs', expectedRevision: first.revision });
    expect(error(() => s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'al', expectedRevision: first.revision })).code).toBe('CONFLICT');
    expect(s.codings.list(caseId)[0]!.value).toBe('rs');
  });

  it('links a value to annotated passages of the same case as evidence', () => {
    const doc = s.documents.addText({ caseId, text: 'The court found the victim credible.' });
    const a = s.annotations.create({ documentId: doc.id, start: 4, end: 9, codes: ['victim_credibility'] });
    const k = s.codings.set({ caseId, stageId: 'first_instance_trial', fieldId: 'victim_credibility_finding', personId: victim, value: 'credible', evidence: [a.id] });
    expect(k.evidence).toEqual([a.id]);
    expect(error(() => s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'mk', evidence: [crypto.randomUUID()] })).code).toBe('VALIDATION');
  });
});

describe('clearing identity attributes', () => {
  it('clears an attribute sent as null and keeps one left out', () => {
    const p = s.persons.create({ caseId, role: 'witness', fullName: 'W. Name', dateOfBirth: '1990', sex: 'male', citizenship: 'rs' });
    const cleared = s.persons.update({ id: p.id, dateOfBirth: null, sex: null });
    expect(cleared).toMatchObject({ fullName: 'W. Name', dateOfBirth: null, sex: null, citizenship: 'rs' });
  });
});
