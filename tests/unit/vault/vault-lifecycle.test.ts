import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changePassphrase, createVault, openVault, readVaultInfo } from '../../../electron/core/vault/vault';
import { openDatabaseFile } from '../../../electron/core/vault/native-database';
import { createServices } from '../../../electron/core/services';
import { FAST_KDF, PASSPHRASE, createTestVault, removeTempDirs, tempDir } from '../../helpers/temp-vault';
import { hashTree } from '../../helpers/file-scan';
import { errorCodeOf } from '../../helpers/error-code';

afterEach(removeTempDirs);


describe('creating and opening a vault', () => {
  it('creates a vault that reopens with its passphrase and keeps what was written', () => {
    const { vault, dir } = createTestVault();
    const services = createServices(vault);
    services.cases.create({ ref: 'MK-2021-07', title: 'Kept across sessions' });
    vault.close();
    const again = openVault(dir, { passphrase: PASSPHRASE });
    expect(createServices(again).cases.list().items.map((c) => c.ref)).toEqual(['MK-2021-07']);
    again.close();
  });

  it('writes an SQLCipher file, not a plain SQLite file, that does not open without the key', () => {
    const { vault, dir } = createTestVault();
    vault.close();
    const header = readFileSync(join(dir, 'vault.db')).subarray(0, 16);
    expect(header.toString('latin1')).not.toBe('SQLite format 3\0');
    const unkeyed = openDatabaseFile(join(dir, 'vault.db'), { create: false });
    expect(() => unkeyed.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    unkeyed.close();
  });

  it('asserts the promised pragmas on every connection', () => {
    const { vault } = createTestVault();
    const db = vault.database;
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    vault.close();
  });

  it('stores the KDF parameters and only a wrapped key beside the database', () => {
    const { vault, dir, recoveryKey } = createTestVault();
    vault.close();
    const keyFile = readFileSync(join(dir, 'vault.keys.json'), 'utf8');
    const dataKeyHex = recoveryKey.replace(/-/g, '').toLowerCase();
    expect(keyFile.toLowerCase()).not.toContain(dataKeyHex);
    const info = readVaultInfo(dir);
    expect(info.kdf).toMatchObject({ alg: 'argon2id', version: 19, memoryKiB: FAST_KDF.memoryKiB, iterations: FAST_KDF.iterations });
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and changes no file', () => {
    const { vault, dir } = createTestVault();
    createServices(vault).cases.create({ ref: 'A-1' });
    vault.close();
    const before = hashTree(dir);
    expect(errorCodeOf(() => openVault(dir, { passphrase: 'not the right passphrase' }))).toBe('WRONG_PASSPHRASE');
    expect(hashTree(dir)).toEqual(before);
  });

  it('opens with the recovery key, and a wrong recovery key does not open it', () => {
    const { vault, dir, recoveryKey } = createTestVault();
    vault.close();
    const viaRecovery = openVault(dir, { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(viaRecovery.id).toBe(readVaultInfo(dir).vaultId);
    viaRecovery.close();
    const wrong = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(errorCodeOf(() => openVault(dir, { recoveryKey: wrong }))).toBe('WRONG_RECOVERY_KEY');
    expect(errorCodeOf(() => openVault(dir, { recoveryKey: 'not a key' }))).toBe('WRONG_RECOVERY_KEY');
  });

  it('changes the passphrase by re-wrapping the key: the database is not re-encrypted', () => {
    const { vault, dir, recoveryKey } = createTestVault();
    createServices(vault).cases.create({ ref: 'KEEP-1' });
    vault.close();
    const salt = readFileSync(join(dir, 'vault.db')).subarray(0, 16);
    changePassphrase(dir, { passphrase: PASSPHRASE }, 'a brand new long passphrase', FAST_KDF);
    expect(errorCodeOf(() => openVault(dir, { passphrase: PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    const reopened = openVault(dir, { passphrase: 'a brand new long passphrase' });
    expect(createServices(reopened).cases.list().items.map((c) => c.ref)).toEqual(['KEEP-1']);
    expect(reopened.recoveryKey()).toBe(recoveryKey);
    const actions = createServices(reopened).audit.list().map((e) => e.action);
    expect(actions).toContain('vault.passphrase-change');
    reopened.close();
    expect(readFileSync(join(dir, 'vault.db')).subarray(0, 16)).toEqual(salt);
  });

  it('resets a forgotten passphrase with the recovery key', () => {
    const { vault, dir, recoveryKey } = createTestVault();
    vault.close();
    changePassphrase(dir, { recoveryKey }, 'the passphrase after recovery', FAST_KDF);
    openVault(dir, { passphrase: 'the passphrase after recovery' }).close();
  });

  it('rejects a weak passphrase, a non-empty folder and a file as the location', () => {
    const base = tempDir();
    expect(errorCodeOf(() => createVault(join(base, 'weak'), { passphrase: 'short', kdfCost: FAST_KDF }))).toBe('WEAK_PASSPHRASE');
    expect(existsSync(join(base, 'weak'))).toBe(false);
    mkdirSync(join(base, 'full'));
    writeFileSync(join(base, 'full', 'notes.txt'), 'keep me');
    expect(errorCodeOf(() => createVault(join(base, 'full'), { passphrase: PASSPHRASE, kdfCost: FAST_KDF }))).toBe('VAULT_EXISTS');
    expect(readFileSync(join(base, 'full', 'notes.txt'), 'utf8')).toBe('keep me');
    writeFileSync(join(base, 'file'), 'x');
    expect(errorCodeOf(() => createVault(join(base, 'file'), { passphrase: PASSPHRASE, kdfCost: FAST_KDF }))).toBe('VAULT_EXISTS');
  });

  it('keeps the vault folder and its files private to the user', () => {
    if (process.platform === 'win32') return;
    const { vault, dir } = createTestVault();
    vault.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of ['vault.db', 'vault.keys.json']) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
  });

  it('zeroes the key and refuses work once closed (locked)', () => {
    const { vault } = createTestVault();
    vault.close();
    expect(errorCodeOf(() => vault.database)).toBe('LOCKED');
    expect(errorCodeOf(() => vault.recoveryKey())).toBe('LOCKED');
  });
});
