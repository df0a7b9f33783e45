import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { migrate, MIGRATIONS, LATEST_SCHEMA_VERSION, appliedSchemaVersion } from '../../../electron/core/migrations';
import { openDatabaseFile } from '../../../electron/core/vault/native-database';
import type { Migration } from '../../../electron/core/migrations/migration';
import { openVault } from '../../../electron/core/vault/vault';
import { PASSPHRASE, createTestVault, removeTempDirs, tempDir } from '../../helpers/temp-vault';
import { isDossierError } from '../../../shared/errors';

afterEach(removeTempDirs);

describe('migrations', () => {
  it('are numbered consecutively from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('record each applied version and apply nothing twice', () => {
    const { vault, dir } = createTestVault();
    const rows = vault.database.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    vault.close();
    const again = openVault(dir, { passphrase: PASSPHRASE });
    expect(migrate(again.database)).toEqual([]);
    expect(appliedSchemaVersion(again.database)).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });

  it('roll back a failing migration completely, keeping the previous schema', () => {
    const db = openDatabaseFile(join(tempDir(), 'plain.db'), { create: true });
    const broken: Migration = { version: 2, name: 'broken', statements: ['CREATE TABLE half_done (x INTEGER)', 'THIS IS NOT SQL'] };
    expect(() => migrate(db, [MIGRATIONS[0]!, broken])).toThrow();
    expect(appliedSchemaVersion(db)).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    db.close();
  });

  it('refuse a vault made by a newer Dossier', () => {
    const { vault, dir } = createTestVault();
    vault.database.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'now')`).run(LATEST_SCHEMA_VERSION + 1);
    vault.close();
    try {
      openVault(dir, { passphrase: PASSPHRASE });
      expect.unreachable('a newer vault must not open');
    } catch (err) {
      expect(isDossierError(err) && err.code).toBe('UNSUPPORTED_VAULT_VERSION');
    }
  });
});
