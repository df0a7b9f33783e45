import type { ErrorCode } from '../../shared/errors';

/** Exit codes of `dossier` (README "Command line"). */
export const EXIT = { ok: 0, userError: 1, wrongPassphrase: 2, corrupt: 3 } as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_KEY':
      return EXIT.wrongPassphrase;
    case 'NOT_A_VAULT':
    case 'CORRUPT_VAULT':
    case 'UNSUPPORTED_VAULT_VERSION':
      return EXIT.corrupt;
    default:
      return EXIT.userError;
  }
}
