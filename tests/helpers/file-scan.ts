// Scans files for a canary string as it would appear in plaintext: UTF-8, UTF-16LE, UTF-16BE
// and lower case (security-and-architecture.md P1).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue; // removed while scanning (another process's temp file)
    }
    if (st.isDirectory()) out.push(...listFiles(path));
    else if (st.isFile()) out.push(path);
  }
  return out;
}

export function encodingsOf(canary: string): Buffer[] {
  const utf16be = Buffer.from(canary, 'utf16le');
  utf16be.swap16();
  return [canary, canary.toLowerCase()].flatMap((c) => [Buffer.from(c, 'utf8'), Buffer.from(c, 'utf16le')]).concat(utf16be);
}

/** Every file under `dir` holding the canary in any encoding. */
export function findCanary(files: readonly string[], canary: string): string[] {
  const needles = encodingsOf(canary);
  return files.filter((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return false;
    }
    return needles.some((n) => bytes.includes(n));
  });
}

/** sha256 of every file under a folder, to prove that an operation changed nothing. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir)) out[file] = createHash('sha256').update(readFileSync(file)).digest('hex');
  return out;
}
