// The shape of every answer that crosses a process boundary (Signal Desktop's pattern):
// callers branch on `ok` instead of catching, and no stack ever travels with an error.
import type { ErrorCode, Problem } from './errors';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  problems?: Problem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, problems?: Problem[]): Result<never> {
  return problems && problems.length > 0
    ? { ok: false, error: { code, message, problems } }
    : { ok: false, error: { code, message } };
}
