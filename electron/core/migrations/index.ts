// Numbered, forward-only migrations, each applied in its own transaction together with the
// row that records it, so a crash mid-migration leaves the previous schema intact.
import { DossierError } from '../../../shared/errors';
import type { Db } from '../vault/native-database';
import { nowIso } from '../util/clock';
import type { Migration } from './migration';
import { initialSchema } from './0001-initial-schema';
import { caseListIndexes } from './0002-case-list-indexes';
import { caseProgress } from './0003-case-progress';
import { documentSources } from './0004-document-sources';

export const MIGRATIONS: readonly Migration[] = [initialSchema, caseListIndexes, caseProgress, documentSources];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function appliedSchemaVersion(db: Db): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const current = appliedSchemaVersion(db);
  if (current > migrations.length) {
    throw new DossierError('UNSUPPORTED_VAULT_VERSION', 'This vault was made by a newer Dossier; update Dossier to open it.');
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      for (const sql of migration.statements) db.prepare(sql).run();
      record.run(migration.version, migration.name, nowIso());
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
