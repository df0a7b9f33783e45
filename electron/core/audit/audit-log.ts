// The audit log: every change to case data appends an entry in the same transaction as the
// change, and each entry's MAC covers the previous MAC, so an edited, inserted or removed row
// breaks the chain from that row on (DESIGN.md "The vault", research §1.7).
import { createHmac } from 'node:crypto';
import type { AuditEntry, AuditListQuery, AuditVerification } from '../../../shared/domain/audit';
import { AuditListQuery as AuditListQuerySchema } from '../../../shared/domain/audit';
import type { Vault } from '../vault/vault';
import type { Db } from '../vault/native-database';
import { nowIso } from '../util/clock';

export interface AuditInput {
  actor: string;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  caseId?: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  case_id: string | null;
  details: string;
  mac: string;
}

/** The MAC before the first entry: bound to the vault, so chains cannot be moved between vaults. */
export function genesisMac(key: Buffer, vaultId: string): string {
  return createHmac('sha256', key).update(`dossier-audit-genesis:${vaultId}`).digest('hex');
}

/**
 * Canonical encoding of an entry: a JSON array in a fixed order (no key-order ambiguity),
 * with the previous MAC appended. Changing any column of any row changes its MAC.
 */
export function entryMac(key: Buffer, row: Omit<AuditRow, 'mac'>, prevMac: string): string {
  const canonical = JSON.stringify([row.seq, row.ts, row.actor, row.action, row.subject_type, row.subject_id, row.case_id, row.details]);
  return createHmac('sha256', key).update(canonical).update('\n').update(prevMac).digest('hex');
}

export function appendAudit(vault: Vault, input: AuditInput): number {
  const db = vault.database;
  const head = statements(db).head.get() as { seq: number; mac: string } | undefined;
  const row: Omit<AuditRow, 'mac'> = {
    seq: (head?.seq ?? 0) + 1,
    ts: nowIso(),
    actor: input.actor,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId ?? null,
    case_id: input.caseId ?? null,
    details: JSON.stringify(input.details ?? {}),
  };
  const mac = entryMac(vault.auditKey, row, head?.mac ?? genesisMac(vault.auditKey, vault.id));
  statements(db).insert.run({ ...row, mac });
  return row.seq;
}

export function listAudit(db: Db, query: AuditListQuery): AuditEntry[] {
  const q = AuditListQuerySchema.parse(query);
  const rows = statements(db).list.all({
    caseId: q.caseId ?? null,
    subjectId: q.subjectId ?? null,
    afterSeq: q.afterSeq ?? 0,
    limit: q.limit,
  }) as AuditRow[];
  return rows.map(toEntry);
}

export function verifyAudit(vault: Vault): AuditVerification {
  const db = vault.database;
  let prev = genesisMac(vault.auditKey, vault.id);
  let expectedSeq = 1;
  let entries = 0;
  for (const row of statements(db).all.iterate() as IterableIterator<AuditRow>) {
    if (row.seq !== expectedSeq) {
      return { ok: false, entries, firstBadSeq: expectedSeq, problem: `entry ${expectedSeq} is missing`, headMac: null };
    }
    const { mac, ...rest } = row;
    if (entryMac(vault.auditKey, rest, prev) !== mac) {
      return { ok: false, entries, firstBadSeq: row.seq, problem: `entry ${row.seq} was altered`, headMac: null };
    }
    prev = mac;
    expectedSeq++;
    entries++;
  }
  return { ok: true, entries, firstBadSeq: null, problem: null, headMac: entries > 0 ? prev : null };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    ts: row.ts,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    caseId: row.case_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(db: Db): ReturnType<typeof prepare> {
  let s = prepared.get(db);
  if (!s) {
    s = prepare(db);
    prepared.set(db, s);
  }
  return s;
}

function prepare(db: Db) {
  return {
    head: db.prepare('SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1'),
    insert: db.prepare(
      `INSERT INTO audit_log (seq, ts, actor, action, subject_type, subject_id, case_id, details, mac)
       VALUES (@seq, @ts, @actor, @action, @subject_type, @subject_id, @case_id, @details, @mac)`,
    ),
    list: db.prepare(
      `SELECT * FROM audit_log
        WHERE (@caseId IS NULL OR case_id = @caseId)
          AND (@subjectId IS NULL OR subject_id = @subjectId)
          AND seq > @afterSeq
        ORDER BY seq LIMIT @limit`,
    ),
    all: db.prepare('SELECT * FROM audit_log ORDER BY seq'),
  };
}
