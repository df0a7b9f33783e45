// The default codebook in Macedonian, Serbian (Latin and Cyrillic) and Albanian (issue 4 §8):
// every stage, field, option and annotation code has its words, and no translation names an
// id the codebook does not have.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../electron/core/codebook/codebook-store';
import type { AnnotationCode } from '../../../shared/codebook/codebook-schema';

function codeIds(nodes: readonly AnnotationCode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...codeIds(n.children ?? [])]);
}

describe('codebook translations', () => {
  const locales = ['mk', 'sr-Latn', 'sr-Cyrl', 'sq'];

  it.each(locales)('%s covers every stage, field, option and annotation code, and nothing else', (locale) => {
    const tr = DEFAULT_CODEBOOK.translations?.[locale];
    expect(tr).toBeDefined();
    const stages = DEFAULT_CODEBOOK.stages;
    expect(Object.keys(tr!.stages).sort()).toEqual(stages.map((s) => s.id).sort());
    const fields = stages.flatMap((s) => s.fields);
    expect(Object.keys(tr!.fields).sort()).toEqual(fields.map((f) => f.id).sort());
    for (const field of fields) {
      const t = tr!.fields[field.id]!;
      expect(t.label.trim(), field.id).not.toBe('');
      expect(t.help?.trim(), field.id).toBeTruthy();
      expect(Object.keys(t.options ?? {}).sort(), field.id).toEqual((field.options ?? []).map((o) => o.id).sort());
    }
    expect(Object.keys(tr!.annotation_codes).sort()).toEqual(codeIds(DEFAULT_CODEBOOK.annotation_codes).sort());
  });

  it('writes Serbian Cyrillic in Cyrillic, keeping acronyms and quoted file examples', () => {
    const cyrl = DEFAULT_CODEBOOK.translations!['sr-Cyrl']!;
    const latn = DEFAULT_CODEBOOK.translations!['sr-Latn']!;
    expect(cyrl.fields.victim_sex?.options?.unknown).toBe('Непознато / није наведено у списима');
    expect(latn.fields.victim_sex?.options?.unknown).toBe('Nepoznato / nije navedeno u spisima');
    expect(cyrl.title).toMatch(/^[\p{Script=Cyrillic}\s,()-]+$/u);
  });

  it('keeps the Macedonian unknown answer the same everywhere', () => {
    const mk = DEFAULT_CODEBOOK.translations!.mk!;
    const unknowns = new Set(Object.values(mk.fields).flatMap((f) => (f.options?.unknown ? [f.options.unknown] : [])));
    expect([...unknowns]).toEqual(['Непознато / не е наведено во списите']);
  });
});
