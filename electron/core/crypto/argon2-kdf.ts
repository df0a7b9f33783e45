// Passphrase stretching with Argon2id (security-and-architecture.md §1.5, KeePassXC's
// calibrated KDF). The parameters are stored beside the wrapped key so a vault always opens
// with the parameters it was created with, whatever machine calibrated them.
import { hashRawSync } from '@node-rs/argon2';
import { z } from 'zod';

export const KdfParams = z
  .object({
    alg: z.literal('argon2id'),
    version: z.literal(19),
    memoryKiB: z.number().int().min(8).max(4 * 1024 * 1024),
    iterations: z.number().int().min(1).max(1000),
    parallelism: z.number().int().min(1).max(16),
    salt: z.string().regex(/^[0-9a-f]{32,128}$/),
  })
  .strict();
export type KdfParams = z.infer<typeof KdfParams>;

/** Floors for a calibrated vault: RFC 9106's second recommended option (t=3, m=64 MiB). */
export const KDF_MIN_MEMORY_KIB = 64 * 1024;
export const KDF_MIN_ITERATIONS = 3;
/** Target time of one derivation on the creating machine (DESIGN.md budget: unlock 0.5-1.5 s). */
export const KDF_TARGET_MS = 700;

export function deriveKey(passphrase: Buffer, params: KdfParams): Buffer {
  return hashRawSync(passphrase, {
    algorithm: 2, // Argon2id
    version: 1, // 0x13
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'hex'),
  });
}

export interface KdfCost {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * Chooses the number of iterations that makes one derivation take about `targetMs` on this
 * machine, never below the floors. One timed probe at the floor cost is enough: Argon2's time
 * grows linearly with iterations at fixed memory.
 */
export function calibrateKdf(targetMs = KDF_TARGET_MS, measure = timeOneDerivation): KdfCost {
  const probe: KdfCost = { memoryKiB: KDF_MIN_MEMORY_KIB, iterations: KDF_MIN_ITERATIONS, parallelism: 1 };
  // The first derivation also pays for mapping 64 MiB of fresh memory; the faster of two runs
  // is what an unlock will cost.
  const ms = Math.max(1, Math.min(measure(probe), measure(probe)));
  const iterations = Math.min(200, Math.max(KDF_MIN_ITERATIONS, Math.round((targetMs / ms) * KDF_MIN_ITERATIONS)));
  return { ...probe, iterations };
}

function timeOneDerivation(cost: KdfCost): number {
  const start = performance.now();
  hashRawSync(Buffer.from('calibration'), {
    algorithm: 2,
    memoryCost: cost.memoryKiB,
    timeCost: cost.iterations,
    parallelism: cost.parallelism,
    outputLen: 32,
    salt: Buffer.alloc(16, 1),
  });
  return performance.now() - start;
}

/** Passphrases are typed on different keyboards and scripts: compare them in NFC. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}
