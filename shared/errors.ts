// Error codes that may cross a process boundary (IPC, CLI). DESIGN.md "Conventions": errors
// that leave core are a code plus a human message, never a stack, a path or SQL.

export const ERROR_CODES = [
  'BAD_REQUEST',
  'FORBIDDEN',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'WEAK_PASSPHRASE',
  'NOT_A_VAULT',
  'CORRUPT_VAULT',
  'VAULT_EXISTS',
  'UNSUPPORTED_VAULT_VERSION',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem found in user input, named by its JSON path (RFC 6901 pointer). */
export interface Problem {
  path: string;
  message: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];

  constructor(code: ErrorCode, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'DossierError';
    this.code = code;
    this.problems = problems;
  }
}

export function isDossierError(err: unknown): err is DossierError {
  return err instanceof DossierError;
}
