// TAB-style scoring of the scrubber on the labelled corpus (anonymisation.md §1.3, T2): an
// entity counts as masked only when every letter and digit of every one of its mentions lies in
// a replacement; precision counts replacements that touch no labelled mention.

import type { Replacement } from '../../../../shared/anonymise';
import type { GoldMention, GoldType } from './builder';
import type { CorpusDocument } from './generate';

export interface TypeScore {
  entities: number;
  masked: number;
  mentions: number;
  mentionsMasked: number;
  /** Known-person mentions whose placeholder names another person. */
  misattributed: number;
}

export interface CorpusScore {
  byType: Map<GoldType, TypeScore>;
  byLanguage: Map<string, { entities: number; masked: number }>;
  byForm: Map<string, { mentions: number; masked: number }>;
  replacements: number;
  falsePositives: { language: string; text: string; detector: string }[];
  keptDamaged: { language: string; text: string; why: string }[];
  missed: { language: string; type: GoldType; form: string; text: string }[];
}

const SIGNIFICANT = /[\p{L}\p{N}]/u;

function coverage(length: number, replacements: readonly Replacement[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const r of replacements) covered.fill(1, r.start, r.end);
  return covered;
}

function isMasked(text: string, covered: Uint8Array, m: GoldMention): boolean {
  for (let i = m.start; i < m.end; i++) {
    if (SIGNIFICANT.test(text.charAt(i)) && covered[i] !== 1) return false;
  }
  return true;
}

export function scoreDocument(doc: CorpusDocument, replacements: readonly Replacement[], score: CorpusScore): void {
  const covered = coverage(doc.text.length, replacements);
  const entities = new Map<string, { type: GoldType; masked: boolean }>();
  for (const m of doc.gold) {
    const masked = isMasked(doc.text, covered, m);
    const t = score.byType.get(m.type) ?? { entities: 0, masked: 0, mentions: 0, mentionsMasked: 0, misattributed: 0 };
    t.mentions++;
    if (masked) t.mentionsMasked++;
    if (m.type === 'known-name' && masked) {
      const owner = replacements.find((r) => r.start <= m.start && m.start < r.end);
      if (owner?.personId !== m.personId) t.misattributed++;
    }
    score.byType.set(m.type, t);
    const f = score.byForm.get(`${m.type} / ${m.form}`) ?? { mentions: 0, masked: 0 };
    f.mentions++;
    if (masked) f.masked++;
    score.byForm.set(`${m.type} / ${m.form}`, f);
    if (!masked) score.missed.push({ language: doc.language, type: m.type, form: m.form, text: doc.text.slice(m.start, m.end) });
    const e = entities.get(m.entity) ?? { type: m.type, masked: true };
    e.masked &&= masked;
    entities.set(m.entity, e);
  }
  for (const e of entities.values()) {
    const t = score.byType.get(e.type);
    if (!t) continue;
    t.entities++;
    if (e.masked) t.masked++;
    const l = score.byLanguage.get(doc.language) ?? { entities: 0, masked: 0 };
    l.entities++;
    if (e.masked) l.masked++;
    score.byLanguage.set(doc.language, l);
  }
  for (const r of replacements) {
    score.replacements++;
    if (!doc.gold.some((m) => r.start < m.end && m.start < r.end)) {
      score.falsePositives.push({ language: doc.language, text: doc.text.slice(r.start, r.end), detector: r.detector });
    }
  }
  for (const k of doc.kept) {
    if (replacements.some((r) => r.start < k.end && k.start < r.end)) {
      score.keptDamaged.push({ language: doc.language, text: doc.text.slice(k.start, k.end), why: k.why });
    }
  }
}

export function emptyScore(): CorpusScore {
  return { byType: new Map(), byLanguage: new Map(), byForm: new Map(), replacements: 0, falsePositives: [], keptDamaged: [], missed: [] };
}

/** Wilson score interval lower bound (95 %), the honest reading of a recall of 1.00 on n (T2b). */
export function wilsonLower(successes: number, n: number): number {
  if (n === 0) return 0;
  const z = 1.96;
  const p = successes / n;
  const centre = p + (z * z) / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre - margin) / (1 + (z * z) / n);
}
