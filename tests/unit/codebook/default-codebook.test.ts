import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DEFAULT_CODEBOOK } from '../../../electron/core/codebook/codebook-store';
import type { AnnotationCode } from '../../../shared/codebook/codebook-schema';

/**
 * The normative part of the default codebook: stage and field ids, types, scopes, units,
 * personal and sensitive flags, option ids, and the annotation-code tree. Serialised exactly
 * as the reference codebook's projection was when this digest was taken, so any change to an
 * id or a flag (which would break interchange files and exports) fails here.
 */
function normativeDigest(): string {
  const fields = DEFAULT_CODEBOOK.stages.flatMap((s) =>
    s.fields.map((f) => [s.id, f.id, f.type, f.scope, f.unit ?? null, f.personal, f.sensitive, (f.options ?? []).map((o) => o.id)]),
  );
  const codes = (nodes: readonly AnnotationCode[]): unknown[] => nodes.map((n) => [n.id, n.codable, codes(n.children ?? [])]);
  // Python's json.dumps(ensure_ascii=False, separators=(',', ':')) and JSON.stringify agree here.
  return createHash('sha256').update(JSON.stringify([fields, codes(DEFAULT_CODEBOOK.annotation_codes)])).digest('hex');
}

describe('the default codebook tip-case-review v1', () => {
  it('keeps the normative ids, types, scopes, options and flags of the reference', () => {
    expect(normativeDigest()).toBe('3b64cdfb786096ed5f15c9931e3f725bb50b5b1961b4256b28ccf5add9c6739a');
  });

  it('has 10 stages and 117 fields, every one labelled and helped', () => {
    expect(DEFAULT_CODEBOOK).toMatchObject({ id: 'tip-case-review', version: 1 });
    expect(DEFAULT_CODEBOOK.stages).toHaveLength(10);
    const fields = DEFAULT_CODEBOOK.stages.flatMap((s) => s.fields);
    expect(fields).toHaveLength(117);
    for (const f of fields) {
      expect(f.label.length, f.id).toBeGreaterThan(2);
      expect(f.help.length, f.id).toBeGreaterThan(10);
      for (const o of f.options ?? []) expect(o.label.length, `${f.id}/${o.id}`).toBeGreaterThan(0);
    }
  });

  it('bounds every number: never negative, counts are whole numbers', () => {
    const numbers = DEFAULT_CODEBOOK.stages.flatMap((s) => s.fields).filter((f) => f.type === 'number' || f.type === 'duration');
    expect(numbers.length).toBe(14);
    for (const f of numbers) expect(f.min, f.id).toBe(0);
    expect(numbers.filter((f) => f.unit === 'persons').every((f) => f.integer)).toBe(true);
  });
});
