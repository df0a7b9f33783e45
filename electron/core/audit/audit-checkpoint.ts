// A hash chain proves integrity only against a head seen before (Crosby & Wallach): the
// checkpoint file keeps the last head outside the database, MAC'd with a key derived from
// the data key, so truncating the log's tail is detected too.
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { deriveSubKey } from '../crypto/derived-keys';
import { atomicWriteFile } from '../util/atomic-write';
import type { Vault } from '../vault/vault';

const Checkpoint = z.object({ seq: z.number().int().min(0), mac: z.string(), tag: z.string() }).strict();

function tagOf(vault: Vault, seq: number, mac: string): string {
  const key = deriveSubKey(vault.auditKey, 'checkpoint-v1');
  const tag = createHmac('sha256', key).update(`${vault.id}:${seq}:${mac}`).digest('hex');
  key.fill(0);
  return tag;
}

export function writeAuditCheckpoint(vault: Vault): void {
  const head = vault.database.prepare('SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; mac: string }
    | undefined;
  if (!head) return;
  atomicWriteFile(vault.paths.auditCheckpoint, `${JSON.stringify({ seq: head.seq, mac: head.mac, tag: tagOf(vault, head.seq, head.mac) })}\n`);
}

export type CheckpointStatus =
  | { state: 'none' }
  | { state: 'invalid' }
  | { state: 'valid'; seq: number; mac: string };

export function readAuditCheckpoint(vault: Vault): CheckpointStatus {
  if (!existsSync(vault.paths.auditCheckpoint)) return { state: 'none' };
  try {
    const cp = Checkpoint.parse(JSON.parse(readFileSync(vault.paths.auditCheckpoint, 'utf8')));
    return cp.tag === tagOf(vault, cp.seq, cp.mac) ? { state: 'valid', seq: cp.seq, mac: cp.mac } : { state: 'invalid' };
  } catch {
    return { state: 'invalid' };
  }
}
