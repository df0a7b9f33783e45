// DESIGN.md "The vault": no plaintext cache, temp file or journal anywhere. A unique canary is
// written into every kind of case data; while a write transaction is open (so pages spill to
// the WAL) and again after closing, every file in the vault folder and the temp folders is
// scanned for it as UTF-8, UTF-16LE/BE and lower case (security-and-architecture.md P1, P3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../../electron/core/services';
import { openVault } from '../../../electron/core/vault/vault';
import { PASSPHRASE, createTestVault, removeTempDirs } from '../../helpers/temp-vault';
import { findCanary, listFiles } from '../../helpers/file-scan';

const systemTmp = tmpdir();
let sqliteTmp: string;
const started = Date.now();
const saved = { TMPDIR: process.env.TMPDIR, SQLITE_TMPDIR: process.env.SQLITE_TMPDIR };

beforeAll(() => {
  sqliteTmp = mkdtempSync(join(systemTmp, 'dossier-sqlite-tmp-'));
  // SQLite reads these for every temporary file it would create.
  process.env.TMPDIR = sqliteTmp;
  process.env.SQLITE_TMPDIR = sqliteTmp;
});
afterAll(() => {
  process.env.TMPDIR = saved.TMPDIR;
  process.env.SQLITE_TMPDIR = saved.SQLITE_TMPDIR;
  rmSync(sqliteTmp, { recursive: true, force: true });
  removeTempDirs();
});

function filesToScan(vaultDir: string): string[] {
  const recentTemp = listFiles(systemTmp).filter((f) => {
    try {
      return statSync(f).mtimeMs >= started - 1000 && !f.startsWith(vaultDir);
    } catch {
      return false;
    }
  });
  return [...listFiles(vaultDir), ...listFiles(sqliteTmp), ...recentTemp];
}

describe('no plaintext on disk', () => {
  it('finds no canary in any file during an open write transaction or after closing', () => {
    const canary = `CANARY-${randomUUID()}`;
    const { vault, dir } = createTestVault();
    const s = createServices(vault);
    let hitsDuringWrite: string[] = [];
    vault.write(() => {
      const c = s.cases.create({ ref: 'CANARY-CASE', title: `Title ${canary}` });
      const victim = s.persons.create({ caseId: c.id, role: 'victim', fullName: `Name ${canary}`, aliases: [canary] });
      s.codings.set({ caseId: c.id, stageId: 'case_overview', fieldId: 'court_case_number', value: `K-1/21 ${canary}` });
      s.codings.set({ caseId: c.id, stageId: 'victims_identification', fieldId: 'victim_sex', personId: victim.id, value: 'female', note: canary });
      // Several megabytes of text make SQLite spill dirty pages to the WAL mid-transaction.
      const doc = s.documents.addText({ caseId: c.id, text: `Judgment ${canary}\n`.repeat(60_000) });
      s.annotations.create({ documentId: doc.id, start: 0, end: 20, memo: canary });
      s.memos.create({ caseId: c.id, text: `Memo ${canary}` });
      // A sort without an index and a large aggregate use temporary storage.
      vault.database.prepare('SELECT text FROM documents ORDER BY substr(text, 5, 40) DESC').all();
      hitsDuringWrite = findCanary(filesToScan(dir), canary);
    });
    expect(statSync(join(dir, 'vault.db-wal')).size).toBeGreaterThan(1_000_000);
    expect(hitsDuringWrite).toEqual([]);
    vault.database.exec('VACUUM');
    expect(findCanary(filesToScan(dir), canary)).toEqual([]);
    vault.close();
    const reopened = openVault(dir, { passphrase: PASSPHRASE });
    expect(createServices(reopened).cases.list({ text: 'canary' }).total).toBe(1);
    reopened.close();
    expect(findCanary(filesToScan(dir), canary)).toEqual([]);
  });

  it('finds the canary when it is there (the scanner works)', () => {
    const canary = `CANARY-${randomUUID()}`;
    const dir = mkdtempSync(join(sqliteTmp, 'scanner-'));
    const file = join(dir, 'plain.txt');
    writeFileSync(file, Buffer.from(`xx ${canary.toLowerCase()} yy`, 'utf16le'));
    expect(findCanary(listFiles(dir), canary)).toEqual([file]);
  });
});
