// What core does with the codebook's rules: derived values stored with the case and never
// typed, the review status tied to validation, each value's history, and progress rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/core/services';
import type { Vault } from '../../../electron/core/vault/vault';
import { errorCodeOf } from '../../helpers/error-code';
import { createTestVault, removeTempDirs } from '../../helpers/temp-vault';

let vault: Vault;
let s: Services;
let caseId: string;
let defendant: string;

beforeEach(() => {
  vault = createTestVault().vault;
  s = createServices(vault);
  caseId = s.cases.create({ ref: 'RS-2021-09' }).id;
  s.persons.create({ caseId, role: 'victim' });
  defendant = s.persons.create({ caseId, role: 'defendant' }).id;
});
afterEach(() => {
  vault.close();
  removeTempDirs();
});

const code = errorCodeOf;

const value = (fieldId: string, personId: string | null = null) =>
  s.codings.list(caseId).find((k) => k.fieldId === fieldId && k.personId === personId)?.value;

describe('derived values in the vault', () => {
  it('stores counts and durations with the case and recomputes them when their sources change', () => {
    expect(value('number_of_victims')).toBe(1);
    s.persons.create({ caseId, role: 'victim' });
    expect(value('number_of_victims')).toBe(2);
    s.codings.set({ caseId, stageId: 'investigation', fieldId: 'date_criminal_complaint', value: '2021-01-10' });
    s.codings.set({ caseId, stageId: 'appeal_finality', fieldId: 'date_final_judgment', value: '2021-02-09' });
    expect(value('duration_total')).toBe(30);
    s.codings.clear({ caseId, stageId: 'appeal_finality', fieldId: 'date_final_judgment' });
    expect(value('duration_total')).toBeUndefined();
  });

  it('refuses a typed value for a derived field', () => {
    expect(code(() => s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'number_of_victims', value: 9 }))).toBe('VALIDATION');
    expect(code(() => s.codings.set({ caseId, stageId: 'sentencing', fieldId: 'below_statutory_minimum', personId: defendant, value: 'yes' }))).toBe('VALIDATION');
  });

  it('refuses a value for a field id the codebook does not have', () => {
    expect(code(() => s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'no_such_field', value: 'x' }))).toBe('VALIDATION');
  });
});

describe('review status', () => {
  it('moves a case to in progress with its first value', () => {
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'rs' });
    expect(s.cases.get(caseId).status).toBe('in_progress');
  });

  it('allows "coded" only without validation problems, and takes it back when a rule breaks later', () => {
    s.codings.set({ caseId, stageId: 'sentencing', fieldId: 'sentence_type', personId: defendant, value: 'suspended' });
    s.codings.set({ caseId, stageId: 'sentencing', fieldId: 'imprisonment_months', personId: defendant, value: 24 });
    expect(code(() => s.cases.update({ id: caseId, status: 'coded' }))).toBe('VALIDATION');
    s.codings.set({ caseId, stageId: 'sentencing', fieldId: 'sentence_type', personId: defendant, value: 'imprisonment' });
    expect(s.cases.update({ id: caseId, status: 'coded' }).status).toBe('coded');
    s.codings.set({ caseId, stageId: 'investigation', fieldId: 'date_criminal_complaint', value: '2022-05' });
    s.codings.set({ caseId, stageId: 'prosecution_indictment', fieldId: 'date_indictment', value: '2021-05' });
    expect(s.cases.get(caseId).status).toBe('in_progress');
    const demotion = s.audit.list({ caseId }).filter((e) => e.action === 'case.update').at(-1);
    expect(demotion?.details).toMatchObject({ status: { old: 'coded', new: 'in_progress' }, reason: 'validation' });
  });
});

describe('history and progress', () => {
  it('lists who changed a value, when, from what to what, newest first', () => {
    const target = { caseId, stageId: 'case_overview', fieldId: 'country' };
    s.codings.set({ ...target, value: 'mk' });
    s.codings.set({ ...target, value: 'rs' });
    s.codings.clear(target);
    const history = s.codings.history(target);
    expect(history.map((h) => [h.action, h.old, h.new])).toEqual([
      ['clear', 'rs', null],
      ['set', 'mk', 'rs'],
      ['set', null, 'mk'],
    ]);
    expect(history[0]?.reviewerName).toBeTruthy();
    expect(s.codings.history({ ...target, fieldId: 'form_of_trafficking' })).toEqual([]);
  });

  it('keeps progress rows for the overview in step with each save', () => {
    const before = s.review.overview().rows[0]!.stages.case_overview!;
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'rs' });
    const after = s.review.overview().rows[0]!.stages.case_overview!;
    expect(after.answered).toBe(before.answered + 1);
    expect(after.applicable).toBe(before.applicable);
  });

  it('gives the cross-case table case values with revisions and person values by code', () => {
    s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'rs' });
    s.codings.set({ caseId, stageId: 'sentencing', fieldId: 'sentence_type', personId: defendant, value: 'imprisonment' });
    const table = s.review.table({ fieldIds: ['country', 'sentence_type'] });
    expect(table.rows[0]?.cells.country).toEqual({ kind: 'case', value: 'rs', revision: 1 });
    expect(table.rows[0]?.cells.sentence_type).toEqual({ kind: 'persons', entries: [{ personId: defendant, code: 'D1', value: 'imprisonment' }] });
    expect(code(() => s.review.table({ fieldIds: ['no_such_field'] }))).toBe('VALIDATION');
  });
});
