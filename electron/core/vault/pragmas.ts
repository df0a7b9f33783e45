// Keying and pragmas of every connection, in the order SQLite3MultipleCiphers needs them
// (security-and-architecture.md §1.6.2), then asserted: a silently ignored pragma would
// break a promise without any error.
import { DossierError } from '../../../shared/errors';
import type { Db } from './native-database';

/** Keys the connection with the raw 256-bit data key in SQLCipher 4 format. */
export function keyConnection(db: Db, dataKey: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  // The raw key notation x'…' bypasses SQLCipher's PBKDF2: Argon2id already stretched the
  // passphrase, and the recovery key must open the file in stock SQLCipher as-is.
  db.pragma(`key="x'${dataKey.toString('hex')}'"`);
}

/** Pages of WAL after which a writing connection checkpoints by itself. */
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

export const REQUIRED_PRAGMAS = {
  // SQLite3MC does not encrypt temporary files: keep them in memory (§1.6.2, P3).
  temp_store: 2,
  // Overwrite deleted content so a later key disclosure does not reveal removed records.
  secure_delete: 1,
  foreign_keys: 1,
  journal_mode: 'wal',
  // FULL: a committed coding survives a power cut ("nothing typed is ever lost").
  synchronous: 2,
  // Never memory-map an encrypted database (SQLite3MC 1.7.0 notes).
  mmap_size: 0,
} as const;

export function applyPragmas(db: Db, options: { readonly: boolean }): void {
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('mmap_size = 0');
  db.pragma('busy_timeout = 5000');
  // Decrypting a page costs far more than reading it: keep up to 64 MiB of decrypted pages in
  // this process's memory (never on disk), so lists and forms do not decrypt the same pages again.
  db.pragma('cache_size = -65536');
  // Checkpoint the WAL into the database only every 4,000 pages (16 MiB) while writing: a
  // checkpoint writes and fsyncs the database file, and doing it every 1,000 pages (SQLite's
  // default) put a 20 ms stall into one save in a hundred. The vault host also checkpoints
  // whenever the vault has been idle for a second, and close() always does.
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  assertPragmas(db, options);
}

export function assertPragmas(db: Db, options: { readonly: boolean }): void {
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    if (name === 'journal_mode' && options.readonly) continue;
    const actual = db.pragma(name, { simple: true });
    const normalised = typeof actual === 'string' ? actual.toLowerCase() : actual;
    if (normalised !== expected) {
      throw new DossierError('INTERNAL', `The vault connection could not be secured (${name} is ${String(actual)}).`);
    }
  }
}

/** The cipher settings in effect, for `vault info` and the SQLCipher 4 compatibility test. */
export function cipherSettings(db: Db): { cipher: string; legacy: number } {
  return {
    cipher: String(db.pragma('cipher', { simple: true })),
    legacy: Number(db.pragma('legacy', { simple: true })),
  };
}
