// `dossier vault check`: every page read and authenticated (SQLCipher's per-page HMAC fails on
// any altered byte), references consistent, and the audit chain intact up to the checkpoint.
import type { Services } from '../services';
import type { AuditCheck } from '../services/audit-service';
import type { Vault } from './vault';

export interface VaultCheckReport {
  ok: boolean;
  database: { ok: boolean; problems: string[] };
  foreignKeys: { ok: boolean; violations: number };
  audit: AuditCheck;
}

export function checkVault(vault: Vault, services: Services): VaultCheckReport {
  const db = vault.database;
  let problems: string[];
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  } catch (err) {
    problems = [err instanceof Error ? err.message : 'unreadable page'];
  }
  let violations = 0;
  try {
    violations = db.prepare('PRAGMA foreign_key_check').all().length;
  } catch {
    violations = -1;
  }
  let audit: AuditCheck;
  try {
    audit = services.audit.verify();
  } catch {
    audit = { ok: false, entries: 0, firstBadSeq: null, problem: 'the audit log cannot be read', headMac: null, checkpoint: 'none' };
  }
  const database = { ok: problems.length === 0, problems };
  const foreignKeys = { ok: violations === 0, violations };
  return { ok: database.ok && foreignKeys.ok && audit.ok, database, foreignKeys, audit };
}
