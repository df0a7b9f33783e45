// The one way case data leaves the vault as a readable file (DESIGN.md "The vault": backups,
// exports and copies go through one module that writes only encrypted output unless the user
// explicitly asks for plaintext, which is audited). Callers must pass the user's confirmation.
import { closeSync, fsyncSync, openSync, writeSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import type { ServiceContext } from '../services/service-context';

export interface PlaintextExport {
  /** What the file holds, for the audit log (e.g. "case-interchange"). */
  kind: string;
  path: string;
  content: string;
  /** The reviewer confirmed that this file will hold readable personal data. */
  confirmedPlaintext: boolean;
  details?: Record<string, unknown>;
}

export function writePlaintextExport(ctx: ServiceContext, exp: PlaintextExport): void {
  if (!exp.confirmedPlaintext) {
    throw new DossierError('FORBIDDEN', 'This export holds personal data in readable form; confirm the plaintext export explicitly.');
  }
  // Audited first and in its own transaction: an export that was attempted is on record even
  // if writing the file then fails half-way.
  ctx.write(() => ctx.audit({ action: 'export.plaintext', subjectType: 'vault', subjectId: ctx.vault.id, details: { kind: exp.kind, file: basename(exp.path), ...exp.details } }));
  const tmp = join(dirname(exp.path), `.${basename(exp.path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o600);
  } catch {
    throw new DossierError('BAD_REQUEST', 'The export file cannot be created there (check the folder exists and is writable).');
  }
  try {
    writeSync(fd, exp.content);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, exp.path);
  } catch {
    rmSync(tmp, { force: true });
    throw new DossierError('BAD_REQUEST', 'The export file could not be written (is the disk full?).');
  }
}
