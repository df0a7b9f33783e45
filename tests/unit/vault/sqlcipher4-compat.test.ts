// The recovery-key promise (DESIGN.md "The vault"): stock SQLCipher 4 opens a vault with
// PRAGMA key = "x'<recovery key>'". Proven with an independent implementation of the format.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createServices } from '../../../electron/core/services';
import { parseRecoveryKey } from '../../../electron/core/crypto/recovery-key';
import { decryptSqlcipher4, OracleError } from '../../helpers/sqlcipher4-oracle';
import { createTestVault, removeTempDirs, tempDir } from '../../helpers/temp-vault';

afterEach(removeTempDirs);

describe('SQLCipher 4 compatibility of the recovery key', () => {
  it('decrypts with an independent SQLCipher 4 reader and reads back the cases', () => {
    const { vault, dir, recoveryKey } = createTestVault();
    createServices(vault).cases.create({ ref: 'RS-2020-03', title: 'Readable with the recovery key' });
    vault.close();
    const plain = decryptSqlcipher4(readFileSync(join(dir, 'vault.db')), parseRecoveryKey(recoveryKey)!);
    const plainFile = join(tempDir(), 'plain.db');
    writeFileSync(plainFile, plain);
    const db = new Database(plainFile, { readonly: true });
    expect(db.prepare('SELECT ref, title FROM cases').all()).toEqual([{ ref: 'RS-2020-03', title: 'Readable with the recovery key' }]);
    db.close();
  });

  it('does not decrypt with a wrong key', () => {
    const { vault, dir, recoveryKey } = createTestVault();
    vault.close();
    const key = parseRecoveryKey(recoveryKey)!;
    key[0] = (key[0]! + 1) % 256;
    expect(() => decryptSqlcipher4(readFileSync(join(dir, 'vault.db')), key)).toThrow(OracleError);
  });
});
