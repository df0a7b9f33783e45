// The scrubber on the demo generator's case files (electron/core/demo), whose templates were
// written for training, not for these tests: every document scrubbed with its case's persons
// leaves no identifier the last-mile check finds, and no word of any person's name or alias.
import { describe, expect, it } from 'vitest';
import codebook from '../../../electron/core/codebook/tip-case-review.v1.json';
import type { DemoCodebook } from '../../../electron/core/demo/demo-types';
import { generateDemoFile } from '../../../electron/core/demo/generate-demo-file';
import { createScrubber, foldKey, type ScrubPerson } from '../../../shared/anonymise';

const file = generateDemoFile({ cases: 30, seed: 11, codebook: codebook as DemoCodebook });

function personsOf(c: (typeof file.cases)[number]): ScrubPerson[] {
  return (c.persons ?? []).map((p) => ({
    id: p.key, role: p.role, code: p.code ?? p.key, fullName: p.full_name ?? null, aliases: p.aliases ?? [],
    dateOfBirth: p.date_of_birth ?? null, idNumbers: p.id_numbers ?? [], addresses: p.addresses ?? [], phones: p.phones ?? [],
    emails: p.emails ?? [], otherIdentifiers: p.other_identifiers ?? [],
  }));
}

describe('demo case files', () => {
  it('keep no identifier of their persons after scrubbing', () => {
    let documents = 0;
    for (const c of file.cases) {
      const persons = personsOf(c);
      const scrubber = createScrubber(persons);
      // Every word of every name the vault holds, as a folded key.
      const nameWords = new Set(persons.flatMap((p) => [p.fullName ?? '', ...p.aliases]).flatMap((n) => n.match(/[\p{L}\p{M}]{2,}/gu) ?? []).map(foldKey));
      for (const d of c.documents ?? []) {
        documents++;
        const out = scrubber.scrub(d.text, { language: d.language ?? null }).text;
        expect(scrubber.findIdentifiers(out), `${c.ref} ${d.key}`).toEqual([]);
        const left = (out.match(/[\p{L}\p{M}]{2,}/gu) ?? []).filter((w) => /^\p{Lu}/u.test(w) && nameWords.has(foldKey(w)));
        expect(left, `${c.ref} ${d.key}`).toEqual([]);
        for (const p of persons) {
          for (const id of [...p.idNumbers, ...p.phones, ...p.emails]) expect(out.includes(id), `${c.ref} ${d.key}`).toBe(false);
        }
      }
    }
    expect(documents).toBeGreaterThan(30);
  });
});
