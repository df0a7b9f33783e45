// The benchmark's control: the same schema, services and workload on an UNENCRYPTED SQLite
// file, to measure what SQLCipher costs (DESIGN.md budget: ≤ 1.5×). Only the benchmark
// creates one, in a temporary folder it deletes afterwards.
import { mkdirSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { openDatabaseFile } from '../vault/native-database';
import { applyPragmas } from '../vault/pragmas';
import { migrate } from '../migrations';
import { installDefaultCodebook } from '../codebook/codebook-store';
import { vaultPaths } from '../vault/vault-paths';
import { Vault } from '../vault/vault';

export function createPlainBenchmarkVault(dir: string): Vault {
  mkdirSync(dir, { recursive: true });
  const paths = vaultPaths(dir);
  const db = openDatabaseFile(paths.database, { create: true });
  applyPragmas(db, { readonly: false });
  migrate(db);
  const id = randomUUID();
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare(`INSERT INTO meta (key, value) VALUES ('vault_id', ?)`).run(id);
    db.prepare('INSERT INTO reviewers (id, name, created_at) VALUES (?, ?, ?)').run(randomUUID(), 'Benchmark', now);
    installDefaultCodebook(db, now);
  })();
  // The key only feeds the audit MAC here, so the audit work is the same as in a real vault.
  return new Vault(paths, id, db, randomBytes(32), false);
}
