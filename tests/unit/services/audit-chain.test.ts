import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import { createServices } from '../../../electron/core/services';
import { openVault } from '../../../electron/core/vault/vault';
import { entryMac } from '../../../electron/core/audit/audit-log';
import { PASSPHRASE, createTestVault, removeTempDirs } from '../../helpers/temp-vault';

afterEach(removeTempDirs);

function vaultWithHistory() {
  const created = createTestVault();
  const s = createServices(created.vault);
  const c = s.cases.create({ ref: 'MK-1' });
  s.codings.set({ caseId: c.id, stageId: 'case_overview', fieldId: 'country', value: 'mk' });
  s.memos.create({ caseId: c.id, text: 'note' });
  return { ...created, s, caseId: c.id };
}

describe('the audit log', () => {
  it('verifies an untouched chain', () => {
    const { vault, s } = vaultWithHistory();
    const result = s.audit.verify();
    // the vault's creation, case.create, coding.set, the status moving to in_progress, memo.create
    expect(result).toMatchObject({ ok: true, entries: 5, firstBadSeq: null });
    vault.close();
  });

  it('writes the entry in the same transaction as the change: a failed change leaves none', () => {
    const { vault, s, caseId } = vaultWithHistory();
    const before = s.audit.list().length;
    expect(() => s.codings.set({ caseId, stageId: 'case_overview', fieldId: 'country', value: 'zz' })).toThrow();
    expect(() =>
      vault.write(() => {
        s.cases.update({ id: caseId, title: 'rolled back' });
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(s.audit.list().length).toBe(before);
    expect(s.cases.get(caseId).title).toBe('');
    vault.close();
  });

  it('is append-only for ordinary statements', () => {
    const { vault } = vaultWithHistory();
    expect(() => vault.database.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 2`).run()).toThrow(/append-only/);
    expect(() => vault.database.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    vault.close();
  });

  it('names the altered row when an entry is changed through a raw connection', () => {
    const { vault, s } = vaultWithHistory();
    vault.database.exec('DROP TRIGGER audit_log_no_update');
    vault.database.prepare(`UPDATE audit_log SET details = '{"ref":"forged"}' WHERE seq = 2`).run();
    expect(s.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'entry 2 was altered' });
    vault.close();
  });

  it('detects a deleted entry in the middle and a truncated tail', () => {
    const { vault, dir } = vaultWithHistory();
    vault.close();
    const raw = openVault(dir, { passphrase: PASSPHRASE });
    raw.database.exec('DROP TRIGGER audit_log_no_delete');
    raw.database.prepare('DELETE FROM audit_log WHERE seq >= 4').run();
    const check = createServices(raw).audit.verify();
    expect(check).toMatchObject({ ok: false, checkpoint: 'missing-entries' });
    raw.database.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(createServices(raw).audit.verify()).toMatchObject({ ok: false, firstBadSeq: 2 });
    raw.close();
  });

  it('detects an edited checkpoint file', () => {
    const { vault, dir } = vaultWithHistory();
    vault.close();
    const file = `${dir}/vault.audit-head.json`;
    const cp = JSON.parse(readFileSync(file, 'utf8')) as { seq: number };
    cp.seq = 1;
    writeFileSync(file, JSON.stringify(cp));
    const reopened = openVault(dir, { passphrase: PASSPHRASE });
    expect(createServices(reopened).audit.verify()).toMatchObject({ ok: false, checkpoint: 'invalid' });
    reopened.close();
  });

  it('computes the MAC over every column and the previous MAC (test vector)', () => {
    const key = Buffer.alloc(32, 1);
    const row = { seq: 1, ts: '2026-01-01T00:00:00.000Z', actor: 'a', action: 'case.create', subject_type: 'case', subject_id: 's', case_id: 'c', details: '{}' };
    const mac = entryMac(key, row, '00');
    // HMAC-SHA256(key, JSON array of the columns in order + "\n" + previous MAC): a fixed vector,
    // so a change of the canonical encoding (which would orphan every existing chain) is caught.
    expect(mac).toBe('6762b69a97a3e1f46bc7f1dba823de6c994c927ac083a833c25189ec567d4d4f');
    expect(entryMac(key, { ...row, details: '{"x":1}' }, '00')).not.toBe(mac);
    expect(entryMac(key, row, '01')).not.toBe(mac);
  });
});
