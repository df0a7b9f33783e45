import type { CodingValue } from '../../../../../shared/codebook/validate-value';

/** Two coded values are the same when equal, multi-choice lists compared in order. */
export function sameValue(a: CodingValue | null, b: CodingValue | null): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
