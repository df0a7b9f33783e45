import { describe, it, expect } from 'vitest';
import codebook from '../../../electron/core/codebook/tip-case-review.v1.json';
import { generateDemoFile } from '../../../electron/core/demo/generate-demo-file';
import type { DemoCodebook, DemoInterchangeFile } from '../../../electron/core/demo/demo-types';
import { DENIED_FULL_NAMES, isDeniedFullName } from '../../../electron/core/demo/deny-list';
import { SYNTHETIC_MARKERS } from '../../../electron/core/demo/documents';
import { foldName } from '../../../electron/core/demo/transliterate';

const CODEBOOK: DemoCodebook = codebook;

interface FieldInfo {
  type: string;
  scope: string;
  options: Set<string>;
}

const FIELDS = new Map<string, FieldInfo>();
for (const stage of CODEBOOK.stages) {
  for (const f of stage.fields) {
    FIELDS.set(`${stage.id}/${f.id}`, { type: f.type, scope: f.scope, options: new Set((f.options ?? []).map((o) => o.id)) });
  }
}

const CODABLE = new Set<string>();
const walk = (codes: DemoCodebook['annotation_codes']): void => {
  for (const c of codes) {
    if (c.codable) CODABLE.add(c.id);
    walk(c.children ?? []);
  }
};
walk(CODEBOOK.annotation_codes);

/**
 * Strict JMBG / EMBG check written independently of the generator: DDMMYYY RR BBB K with a real
 * calendar date and K = 11 - (weighted sum mod 11), where a remainder giving 10 is no number.
 */
function jmbgIsValid(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = Array.from(value, Number);
  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const yyy = Number(value.slice(4, 7));
  const year = yyy < 800 ? 2000 + yyy : 1000 + yyy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const m = 11 - (sum % 11);
  if (m === 10) return false;
  return (m === 11 ? 0 : m) === digits[12];
}

const file40: DemoInterchangeFile = generateDemoFile({ cases: 40, seed: 2024, codebook: CODEBOOK });
const cases40 = file40.cases;

describe('generateDemoFile', () => {
  it('is deterministic: the same seed and count give byte-identical JSON, another seed differs', () => {
    const a = JSON.stringify(generateDemoFile({ cases: 25, seed: 42, codebook: CODEBOOK }));
    const b = JSON.stringify(generateDemoFile({ cases: 25, seed: 42, codebook: CODEBOOK }));
    const c = JSON.stringify(generateDemoFile({ cases: 25, seed: 43, codebook: CODEBOOK }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('writes the interchange envelope and the requested number of cases with unique refs', () => {
    expect(file40.format).toBe('case-interchange');
    expect(file40.version).toBe(1);
    expect(file40.codebook).toEqual({ id: CODEBOOK.id, version: CODEBOOK.version });
    expect(cases40).toHaveLength(40);
    const refs = cases40.map((c) => c.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(generateDemoFile({ cases: 0, seed: 1, codebook: CODEBOOK }).cases).toEqual([]);
  });

  it('gives every annotation a quote equal to the code-point slice of its document', () => {
    let total = 0;
    for (const c of cases40) {
      const docs = new Map((c.documents ?? []).map((d) => [d.key, d.text]));
      const annotations = c.annotations ?? [];
      expect(annotations.length).toBeGreaterThanOrEqual(2);
      expect(annotations.length).toBeLessThanOrEqual(6);
      for (const a of annotations) {
        const text = docs.get(a.document);
        expect(text, `${c.ref} ${a.id ?? ''}`).toBeDefined();
        expect(a.start).toBeGreaterThanOrEqual(0);
        expect(a.end).toBeGreaterThan(a.start);
        expect(Array.from(text ?? '').slice(a.start, a.end).join('')).toBe(a.quote);
        for (const code of a.codes ?? []) expect(CODABLE.has(code), code).toBe(true);
        total++;
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it('starts every document with the synthetic marker and stores NFC text with LF line endings', () => {
    for (const c of cases40) {
      expect(c.title ?? '').toMatch(/^Synthetic: /);
      expect((c.documents ?? []).length).toBeGreaterThanOrEqual(1);
      expect((c.documents ?? []).length).toBeLessThanOrEqual(3);
      for (const d of c.documents ?? []) {
        const language = d.language as keyof typeof SYNTHETIC_MARKERS;
        expect(d.text.startsWith(`${SYNTHETIC_MARKERS[language]}\n`), `${c.ref} ${d.key}`).toBe(true);
        expect(d.text.split('\n')[0]).toContain('SYNTHETIC TRAINING DATA');
        expect(d.text).toBe(d.text.normalize('NFC'));
        expect(d.text).not.toContain('\r');
        expect(d.title ?? '').toContain('(synthetic)');
        expect(d.text.length).toBeGreaterThanOrEqual(1500);
      }
    }
  });

  it('codes only stage, field and option ids of the codebook, with the right person scope', () => {
    for (const c of cases40) {
      const roles = new Map((c.persons ?? []).map((p) => [p.key, p.role]));
      const annotationIds = new Set((c.annotations ?? []).map((a) => a.id));
      for (const k of c.codings ?? []) {
        const where = `${c.ref} ${k.stage}/${k.field}`;
        const field = FIELDS.get(`${k.stage}/${k.field}`);
        expect(field, where).toBeDefined();
        if (field === undefined) continue;
        if (field.scope === 'case') {
          expect(k.person, where).toBeUndefined();
        } else {
          expect(roles.get(k.person ?? ''), where).toBe(field.scope);
        }
        const v = k.value;
        switch (field.type) {
          case 'single_choice':
          case 'yes_no_unknown':
            expect(typeof v === 'string' && field.options.has(v), `${where} = ${String(v)}`).toBe(true);
            break;
          case 'multi_choice':
            expect(Array.isArray(v) && v.length > 0, where).toBe(true);
            for (const o of Array.isArray(v) ? v : []) expect(field.options.has(o), `${where} = ${o}`).toBe(true);
            break;
          case 'number':
          case 'duration':
            expect(typeof v === 'number' && Number.isFinite(v) && v >= 0, where).toBe(true);
            break;
          case 'date':
            expect(typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), where).toBe(true);
            break;
          default:
            expect(typeof v === 'string' && v.length > 0, where).toBe(true);
        }
        for (const e of k.evidence ?? []) expect(annotationIds.has(e), where).toBe(true);
      }
    }
  });

  it('keeps counts equal to the persons and the procedural dates in order', () => {
    for (const c of cases40) {
      const persons = c.persons ?? [];
      const victims = persons.filter((p) => p.role === 'victim').length;
      const defendants = persons.filter((p) => p.role === 'defendant').length;
      expect(victims).toBeGreaterThanOrEqual(1);
      expect(victims).toBeLessThanOrEqual(3);
      expect(defendants).toBeGreaterThanOrEqual(1);
      expect(defendants).toBeLessThanOrEqual(4);
      const caseValue = (field: string): unknown => (c.codings ?? []).find((k) => k.field === field && k.person === undefined)?.value;
      expect(caseValue('number_of_victims')).toBe(victims);
      expect(caseValue('number_of_defendants')).toBe(defendants);
      const dates = ['date_criminal_complaint', 'date_indictment', 'date_first_instance_judgment', 'date_appeal_decision', 'date_final_judgment']
        .map(caseValue)
        .filter((d): d is string => typeof d === 'string');
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('spreads the cases over the four countries and all review statuses', () => {
    const countries = new Set(cases40.map((c) => (c.codings ?? []).find((k) => k.field === 'country')?.value));
    expect(countries).toEqual(new Set(['mk', 'rs', 'al', 'me']));
    const statuses = new Set(cases40.map((c) => c.status));
    expect(statuses).toEqual(new Set(['not_started', 'in_progress', 'coded', 'verified']));
  });

  it('covers Macedonian, Serbian in both scripts, Albanian and English within 40 cases', () => {
    for (const seed of [2024, 7, 123456789]) {
      const file = seed === 2024 ? file40 : generateDemoFile({ cases: 40, seed, codebook: CODEBOOK });
      const languages = new Set(file.cases.flatMap((c) => (c.documents ?? []).map((d) => d.language)));
      for (const lang of ['mk', 'sr-Cyrl', 'sr-Latn', 'sq', 'en']) expect(languages.has(lang), `seed ${seed}: ${lang}`).toBe(true);
    }
  });

  it('generates JMBG / EMBG numbers with a valid checksum, in person records and in texts', () => {
    let checked = 0;
    for (const c of cases40) {
      for (const p of c.persons ?? []) {
        for (const id of p.id_numbers ?? []) {
          if (/^\d{13}$/.test(id)) {
            expect(jmbgIsValid(id), `${c.ref} ${id}`).toBe(true);
            checked++;
          } else {
            // Albanian personal number: letter, 8 digits, letter.
            expect(id).toMatch(/^[A-W]\d{8}[A-W]$/);
          }
        }
      }
      for (const d of c.documents ?? []) {
        for (const m of d.text.matchAll(/(?:JMBG|ЈМБГ|ЕМБГ)\s+(\d{13})/g)) {
          expect(jmbgIsValid(m[1] ?? ''), `${c.ref} ${d.key} ${m[1] ?? ''}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('writes at most two memos per case, in English and without names', () => {
    for (const c of cases40) {
      const memos = c.memos ?? [];
      expect(memos.length).toBeLessThanOrEqual(2);
      const names = (c.persons ?? []).flatMap((p) => [p.full_name ?? '', ...(p.aliases ?? []).filter((a) => a.length > 4)]);
      const docKeys = new Set((c.documents ?? []).map((d) => d.key));
      for (const m of memos) {
        expect(m.text).toMatch(/^[\x20-\x7E]+$/);
        for (const name of names) expect(m.text.includes(name), `${c.ref}: ${name}`).toBe(false);
        if (m.document !== undefined) expect(docKeys.has(m.document)).toBe(true);
      }
    }
  });

  it('never produces a name from the public-figure deny-list', () => {
    expect(isDeniedFullName('Dejan Stanković')).toBe(true);
    expect(isDeniedFullName('Дејан Станковић')).toBe(true);
    const denied = DENIED_FULL_NAMES.map(foldName);
    for (const c of cases40) {
      for (const p of c.persons ?? []) {
        for (const name of [p.full_name ?? '', ...(p.aliases ?? [])]) expect(isDeniedFullName(name), `${c.ref} ${name}`).toBe(false);
      }
      for (const d of c.documents ?? []) {
        const folded = foldName(d.text);
        for (const name of denied) expect(folded.includes(name), `${c.ref} ${d.key}: ${name}`).toBe(false);
      }
    }
  });

  // Its speed is measured by `npm run bench` (the import of 1,000 cases), never asserted here.
  it('generates the number of cases asked for, with unique references', () => {
    const file = generateDemoFile({ cases: 1000, seed: 99, codebook: CODEBOOK });
    expect(file.cases).toHaveLength(1000);
    expect(new Set(file.cases.map((c) => c.ref)).size).toBe(1000);
  });
});
