import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVault, type CreatedVault } from '../../electron/core/vault/vault';
import type { KdfCost } from '../../electron/core/crypto/argon2-kdf';

/** A small KDF cost so tests stay fast; calibrated vaults are exercised by the CLI tests. */
export const FAST_KDF: KdfCost = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

export const PASSPHRASE = 'correct horse battery staple';

const dirs: string[] = [];

export function tempDir(prefix = 'dossier-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function createTestVault(name = 'vault', options: { passphrase?: string; reviewerName?: string } = {}): CreatedVault & { dir: string } {
  const dir = join(tempDir(), name);
  const created = createVault(dir, { passphrase: options.passphrase ?? PASSPHRASE, kdfCost: FAST_KDF, ...(options.reviewerName ? { reviewerName: options.reviewerName } : {}) });
  return { ...created, dir };
}
