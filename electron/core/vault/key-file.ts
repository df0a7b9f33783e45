// The key file: the only file of a vault besides the database. It holds no secret in clear:
// the data key is wrapped, and the KDF parameters and salt are public by design.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DossierError } from '../../../shared/errors';
import { KdfParams } from '../crypto/argon2-kdf';
import { WrappedKey } from '../crypto/key-wrap';
import { atomicWriteFile } from '../util/atomic-write';

export const KEY_FILE_FORMAT = 'dossier-vault-keys';
export const KEY_FILE_VERSION = 1;

const KeyFileBody = z
  .object({
    format: z.literal(KEY_FILE_FORMAT),
    version: z.number().int(),
    vaultId: z.uuid(),
    createdAt: z.string(),
    updatedAt: z.string(),
    kdf: KdfParams,
    wrappedKey: WrappedKey,
  })
  .strict();
export type KeyFileBody = z.infer<typeof KeyFileBody>;

const KeyFileOnDisk = KeyFileBody.extend({ checksum: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

/**
 * A checksum over the body tells a damaged key file apart from a wrong passphrase: without
 * it, one flipped bit in the wrapped key would look like a typo in the passphrase.
 */
function checksumOf(body: KeyFileBody): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export function writeKeyFile(path: string, body: KeyFileBody): void {
  const onDisk = { ...body, checksum: checksumOf(body) };
  atomicWriteFile(path, `${JSON.stringify(onDisk, null, 2)}\n`);
}

export function readKeyFile(path: string): KeyFileBody {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new DossierError('NOT_A_VAULT', 'This is not a Dossier vault: its key file is missing.');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new DossierError('CORRUPT_VAULT', 'The vault key file is damaged (it is not valid JSON).');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== KEY_FILE_FORMAT) {
    throw new DossierError('NOT_A_VAULT', 'This is not a Dossier vault: its key file has another format.');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > KEY_FILE_VERSION) {
    throw new DossierError('UNSUPPORTED_VAULT_VERSION', 'This vault was made by a newer Dossier; update Dossier to open it.');
  }
  const parsed = KeyFileOnDisk.safeParse(json);
  if (!parsed.success) throw new DossierError('CORRUPT_VAULT', 'The vault key file is damaged (a field is missing or malformed).');
  const { checksum, ...body } = parsed.data;
  if (checksumOf(body) !== checksum) {
    throw new DossierError('CORRUPT_VAULT', 'The vault key file is damaged (its checksum does not match).');
  }
  return body;
}

/** Additional authenticated data of the wrap: binds the wrapped key to its vault. */
export function wrapAad(vaultId: string): Buffer {
  return Buffer.from(`dossier-vault:${vaultId}`, 'utf8');
}
