// The data key is wrapped (AES-256-GCM) by a key derived from the passphrase, so changing the
// passphrase re-wraps 32 bytes and never re-encrypts the database (DESIGN.md "The vault").
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

export const WrappedKey = z
  .object({
    alg: z.literal('aes-256-gcm'),
    iv: z.string().regex(/^[0-9a-f]{24}$/),
    tag: z.string().regex(/^[0-9a-f]{32}$/),
    ciphertext: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type WrappedKey = z.infer<typeof WrappedKey>;

export function wrapKey(dataKey: Buffer, kek: Buffer, aad: Buffer): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { alg: 'aes-256-gcm', iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), ciphertext: ciphertext.toString('hex') };
}

/** Returns the data key, or null when the key-encryption key is wrong (tag mismatch). */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, aad: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'hex'));
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'hex'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'hex')), decipher.final()]);
  } catch {
    return null;
  }
}
