// An independent SQLCipher 4 reader, written from the published format (not the library that
// writes our vaults): 4096-byte pages, a 16-byte salt at the start of the file, and per page an
// 80-byte reserve of IV (16) and HMAC-SHA512 (64); AES-256-CBC with the raw key; the HMAC key is
// PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations). It proves the recovery-key promise:
// stock SQLCipher 4 opens a vault with `PRAGMA key = "x'<recovery key>'"`.
import { createDecipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

const PAGE_SIZE = 4096;
const RESERVE = 80;
const IV_SIZE = 16;
const HMAC_SIZE = 64;
const SALT_SIZE = 16;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export class OracleError extends Error {}

/** Decrypts a whole SQLCipher 4 database image into a plain SQLite image; throws on a bad key. */
export function decryptSqlcipher4(file: Buffer, rawKey: Buffer): Buffer {
  if (rawKey.length !== 32) throw new OracleError('a raw key has 32 bytes');
  if (file.length === 0 || file.length % PAGE_SIZE !== 0) throw new OracleError('not a whole number of pages');
  const salt = file.subarray(0, SALT_SIZE);
  const hmacSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
  const hmacKey = pbkdf2Sync(rawKey, hmacSalt, 2, 32, 'sha512');
  const out = Buffer.alloc(file.length);
  for (let pgno = 1; pgno * PAGE_SIZE <= file.length; pgno++) {
    const page = file.subarray((pgno - 1) * PAGE_SIZE, pgno * PAGE_SIZE);
    const start = pgno === 1 ? SALT_SIZE : 0;
    const cipherText = page.subarray(start, PAGE_SIZE - RESERVE);
    const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + IV_SIZE);
    const mac = page.subarray(PAGE_SIZE - RESERVE + IV_SIZE, PAGE_SIZE - RESERVE + IV_SIZE + HMAC_SIZE);
    const pgnoLe = Buffer.alloc(4);
    pgnoLe.writeUInt32LE(pgno);
    const expected = createHmac('sha512', hmacKey).update(cipherText).update(iv).update(pgnoLe).digest();
    if (!timingSafeEqual(expected, mac)) throw new OracleError(`HMAC check failed on page ${pgno}`);
    const decipher = createDecipheriv('aes-256-cbc', rawKey, iv).setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(cipherText), decipher.final()]);
    const target = out.subarray((pgno - 1) * PAGE_SIZE, pgno * PAGE_SIZE);
    if (pgno === 1) SQLITE_HEADER.copy(target, 0);
    plain.copy(target, start);
  }
  return out;
}
