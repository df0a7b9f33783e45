// A vault is a folder. Only the database file holds case data, and it is encrypted; the key
// file holds the wrapped data key and the KDF parameters; the checkpoint holds the audit head.
import { basename, join, resolve } from 'node:path';

export interface VaultPaths {
  dir: string;
  name: string;
  database: string;
  keyFile: string;
  auditCheckpoint: string;
}

export const DATABASE_FILE = 'vault.db';
export const KEY_FILE = 'vault.keys.json';
export const CHECKPOINT_FILE = 'vault.audit-head.json';

export function vaultPaths(dir: string): VaultPaths {
  const abs = resolve(dir);
  return {
    dir: abs,
    name: basename(abs),
    database: join(abs, DATABASE_FILE),
    keyFile: join(abs, KEY_FILE),
    auditCheckpoint: join(abs, CHECKPOINT_FILE),
  };
}
