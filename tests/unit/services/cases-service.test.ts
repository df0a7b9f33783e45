import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/core/services';
import type { Vault } from '../../../electron/core/vault/vault';
import { createTestVault, removeTempDirs } from '../../helpers/temp-vault';
import { errorCodeOf } from '../../helpers/error-code';

let vault: Vault;
let s: Services;

beforeEach(() => {
  vault = createTestVault().vault;
  s = createServices(vault);
});
afterEach(() => {
  vault.close();
  removeTempDirs();
});


function seed(): void {
  const rows: [string, string, 'not_started' | 'in_progress' | 'coded' | 'verified', string][] = [
    ['MK-2021-07', 'False job offer, Kumanovo', 'in_progress', 'mk'],
    ['RS-2020-03', 'Petrović i drugi', 'coded', 'rs'],
    ['AL-2019-11', 'Hoxha dhe të tjerë', 'not_started', 'al'],
    ['ME-2022-01', 'Forced begging, Podgorica', 'verified', 'me'],
    ['RS-2021-09', 'Петровић, Ниш', 'in_progress', 'rs'],
  ];
  for (const [ref, title, status, country] of rows) {
    const c = s.cases.create({ ref, title, status });
    // As an import would: the status is the seed's to say, not advanced by the coding.
    s.codings.set({ caseId: c.id, stageId: 'case_overview', fieldId: 'country', value: country }, { advanceStatus: false });
  }
}

describe('cases', () => {
  it('creates, reads, updates and deletes a case, each change audited', () => {
    const c = s.cases.create({ ref: 'MK-2021-07', title: 'Working title' });
    expect(c).toMatchObject({ ref: 'MK-2021-07', title: 'Working title', status: 'not_started', country: null, revision: 0 });
    const updated = s.cases.update({ id: c.id, status: 'in_progress', title: 'Better title' });
    expect(updated).toMatchObject({ status: 'in_progress', title: 'Better title', revision: 1 });
    s.cases.delete(c.id);
    expect(errorCodeOf(() => s.cases.get(c.id))).toBe('NOT_FOUND');
    const actions = s.audit.list({ caseId: c.id }).map((e) => e.action);
    expect(actions).toEqual(['case.create', 'case.update', 'case.delete']);
  });

  it('refuses a duplicate reference and a blank one', () => {
    s.cases.create({ ref: 'MK-1' });
    expect(errorCodeOf(() => s.cases.create({ ref: 'MK-1' }))).toBe('CONFLICT');
    expect(errorCodeOf(() => s.cases.create({ ref: '   ' }))).toBe('BAD_REQUEST');
  });

  it('detects a concurrent edit instead of overwriting it', () => {
    const c = s.cases.create({ ref: 'MK-1' });
    s.cases.update({ id: c.id, title: 'first window', expectedRevision: 0 });
    expect(errorCodeOf(() => s.cases.update({ id: c.id, title: 'second window', expectedRevision: 0 }))).toBe('CONFLICT');
    expect(s.cases.get(c.id).title).toBe('first window');
  });

  it('filters by status, country and text across scripts and diacritics', () => {
    seed();
    const refs = (q: Parameters<typeof s.cases.list>[0]): string[] => s.cases.list(q).items.map((c) => c.ref);
    expect(refs({ status: ['in_progress'] })).toEqual(['MK-2021-07', 'RS-2021-09']);
    expect(refs({ country: ['rs'] })).toEqual(['RS-2020-03', 'RS-2021-09']);
    expect(refs({ text: 'petrovic' })).toEqual(['RS-2020-03', 'RS-2021-09']);
    expect(refs({ text: 'HOXHA' })).toEqual(['AL-2019-11']);
    expect(refs({ text: 'kumanovo', status: ['coded'] })).toEqual([]);
    expect(refs({ text: "%_'" })).toEqual([]);
  });

  it('sorts by any column in both directions and pages', () => {
    seed();
    const list = (q: Parameters<typeof s.cases.list>[0]) => s.cases.list(q);
    expect(list({ sort: 'status' }).items.map((c) => c.status)).toEqual(['not_started', 'in_progress', 'in_progress', 'coded', 'verified']);
    expect(list({ sort: 'country', direction: 'desc' }).items.map((c) => c.country)).toEqual(['rs', 'rs', 'mk', 'me', 'al']);
    expect(list({ sort: 'ref', direction: 'desc' }).items[0]!.ref).toBe('RS-2021-09');
    const page = list({ sort: 'ref', offset: 2, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((c) => c.ref)).toEqual(['MK-2021-07', 'RS-2020-03']);
  });

  it('counts victims and defendants for the list', () => {
    const c = s.cases.create({ ref: 'X-1' });
    s.persons.create({ caseId: c.id, role: 'victim' });
    s.persons.create({ caseId: c.id, role: 'victim' });
    s.persons.create({ caseId: c.id, role: 'defendant' });
    expect(s.cases.get(c.id)).toMatchObject({ victims: 2, defendants: 1 });
  });

  it('rejects malformed requests with BAD_REQUEST', () => {
    expect(errorCodeOf(() => s.cases.get('not-a-uuid'))).toBe('BAD_REQUEST');
    expect(errorCodeOf(() => s.cases.list({ limit: -1 }))).toBe('BAD_REQUEST');
    expect(errorCodeOf(() => s.cases.create({ ref: 'A', extra: 1 } as never))).toBe('BAD_REQUEST');
    expect(errorCodeOf(() => s.cases.update({ id: crypto.randomUUID(), status: 'done' as never }))).toBe('BAD_REQUEST');
  });
});
