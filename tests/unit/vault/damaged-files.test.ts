// Bad input: a file that is not a vault, a truncated vault, a flipped byte. Each gives a clear
// error code, never a crash, and never a rewrite of the file.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openVault } from '../../../electron/core/vault/vault';
import { checkVault } from '../../../electron/core/vault/check-vault';
import { createServices } from '../../../electron/core/services';
import { isDossierError } from '../../../shared/errors';
import { PASSPHRASE, createTestVault, removeTempDirs, tempDir } from '../../helpers/temp-vault';
import { hashTree } from '../../helpers/file-scan';

afterEach(removeTempDirs);

function openError(dir: string): { code: string; message: string } {
  try {
    openVault(dir, { passphrase: PASSPHRASE }).close();
  } catch (err) {
    if (isDossierError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  return { code: 'opened', message: '' };
}

/** A vault with enough data to span many pages, closed and checkpointed. */
function filledVault(): string {
  const { vault, dir } = createTestVault();
  const services = createServices(vault);
  for (let i = 0; i < 40; i++) {
    const c = services.cases.create({ ref: `CASE-${i}`, title: `Case ${i}` });
    services.documents.addText({ caseId: c.id, text: `Judgment text ${i} `.repeat(400) });
  }
  vault.close();
  return dir;
}

describe('damaged or foreign files', () => {
  it('names a plain file, an empty folder and a folder of other files as not a vault', () => {
    const base = tempDir();
    writeFileSync(join(base, 'notes.txt'), 'hello');
    mkdirSync(join(base, 'empty'));
    mkdirSync(join(base, 'other'));
    writeFileSync(join(base, 'other', 'vault.keys.json'), '{"format":"something-else"}');
    for (const target of ['notes.txt', 'empty', 'other', 'missing']) {
      const before = hashTree(base);
      expect(openError(join(base, target)).code).toBe('NOT_A_VAULT');
      expect(hashTree(base)).toEqual(before);
    }
  });

  it('reports a truncated database as damaged and leaves it as it was', () => {
    const dir = filledVault();
    truncateSync(join(dir, 'vault.db'), Math.floor(statSync(join(dir, 'vault.db')).size / 3));
    const before = hashTree(dir);
    const error = openError(dir);
    expect(['CORRUPT_VAULT']).toContain(error.code);
    expect(error.message).toMatch(/damaged|cannot be read/);
    expect(hashTree(dir)).toEqual(before);
  });

  it('reports a database of random bytes as damaged', () => {
    const dir = filledVault();
    writeFileSync(join(dir, 'vault.db'), Buffer.alloc(8192, 7));
    const before = hashTree(dir);
    expect(openError(dir).code).toBe('CORRUPT_VAULT');
    expect(hashTree(dir)).toEqual(before);
  });

  it('detects one flipped byte in the first page at opening, without rewriting the file', () => {
    const dir = filledVault();
    const file = join(dir, 'vault.db');
    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(file, bytes);
    const before = hashTree(dir);
    expect(openError(dir).code).toBe('CORRUPT_VAULT');
    expect(hashTree(dir)).toEqual(before);
  });

  it('detects one flipped byte deep in the file with the check, without rewriting the file', () => {
    const dir = filledVault();
    const file = join(dir, 'vault.db');
    const bytes = readFileSync(file);
    const offset = Math.floor(bytes.length / 2);
    bytes[offset] = bytes[offset]! ^ 0x10;
    writeFileSync(file, bytes);
    const before = hashTree(dir);
    let report: ReturnType<typeof checkVault> | null = null;
    try {
      const vault = openVault(dir, { passphrase: PASSPHRASE }, { readonly: true });
      report = checkVault(vault, createServices(vault));
      vault.close();
    } catch (err) {
      // Damage on a page read while opening is also a correct outcome.
      expect(isDossierError(err) && err.code).toBe('CORRUPT_VAULT');
    }
    if (report) {
      expect(report.ok).toBe(false);
      expect(report.database.ok).toBe(false);
    }
    // The vault's files are byte-identical; a read-only SQLite connection may leave its
    // empty -wal and its -shm index behind, which hold no data.
    const after = hashTree(dir);
    for (const [file, hash] of Object.entries(before)) expect(after[file]).toBe(hash);
    const wal = Object.keys(after).find((f) => f.endsWith('-wal'));
    if (wal) expect(statSync(wal).size).toBe(0);
  });

  it('tells a damaged key file apart from a wrong passphrase', () => {
    const { vault, dir } = createTestVault();
    vault.close();
    const keyFile = join(dir, 'vault.keys.json');
    const json = JSON.parse(readFileSync(keyFile, 'utf8')) as { wrappedKey: { ciphertext: string } };
    json.wrappedKey.ciphertext = json.wrappedKey.ciphertext.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    writeFileSync(keyFile, JSON.stringify(json));
    expect(openError(dir).code).toBe('CORRUPT_VAULT');
    writeFileSync(keyFile, '{ not json');
    expect(openError(dir).code).toBe('CORRUPT_VAULT');
  });
});
