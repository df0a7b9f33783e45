import { openVault, type Vault } from '../core/vault/vault';
import type { CliIo } from './cli-io';
import { readPassphrase, readRecoveryKey } from './secret-input';

export interface UnlockFlags {
  passphraseStdin?: boolean;
  recoveryKey?: boolean;
}

/** Opens a vault with the passphrase, or with the recovery key when --recovery-key is given. */
export async function unlockVault(path: string, flags: UnlockFlags, io: CliIo, options: { readonly?: boolean } = {}): Promise<Vault> {
  const sources = io.secrets(Boolean(flags.passphraseStdin));
  const credential = flags.recoveryKey ? { recoveryKey: await readRecoveryKey(sources) } : { passphrase: await readPassphrase(sources) };
  return openVault(path, credential, options);
}

/** Runs `fn` with the vault open and always closes it (zeroing the key) afterwards. */
export async function withVault<T>(path: string, flags: UnlockFlags, io: CliIo, fn: (vault: Vault) => T | Promise<T>, options: { readonly?: boolean } = {}): Promise<T> {
  const vault = await unlockVault(path, flags, io, options);
  try {
    return await fn(vault);
  } finally {
    vault.close();
  }
}
