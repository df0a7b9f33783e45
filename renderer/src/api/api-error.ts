import type { ErrorCode, Problem } from '../../../shared/errors';

/** UNAVAILABLE: the bridge itself failed (no preload, a rejected invoke), not the vault. */
export type ClientErrorCode = ErrorCode | 'UNAVAILABLE';

/** A failed call, as the client throws it: a code to translate, never a stack to show. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly problems: readonly Problem[];

  constructor(code: ClientErrorCode, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }
}

export function errorCode(err: unknown): ClientErrorCode {
  return err instanceof ApiError ? err.code : 'UNAVAILABLE';
}
