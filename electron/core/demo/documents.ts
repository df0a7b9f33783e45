// Chooses which documents a synthetic case file contains (1-3, consistent with how far the
// proceedings went), in which language, and renders them. Every text starts with a visible
// synthetic-data line in the document's language and in English (domain.md §6).

import type { CaseFacts, DocLanguage, VictimFacts } from './case-facts';
import type { DemoDocument, DemoDocumentKind } from './demo-types';
import { isoDate } from './calendar';
import type { Rng } from './prng';
import { writeBcms } from './templates-bcms';
import { writeEnglish } from './templates-en';
import { writeMacedonian } from './templates-mk';
import { writeAlbanian } from './templates-sq';
import { TextBuilder, type MarkedSpan } from './text-builder';
import { srToCyrillic } from './transliterate';

export const SYNTHETIC_MARKERS: Readonly<Record<DocLanguage, string>> = {
  mk: 'СИНТЕТИЧКИ ПОДАТОЦИ ЗА ОБУКА / SYNTHETIC TRAINING DATA',
  'sr-Cyrl': 'СИНТЕТИЧКИ ПОДАЦИ ЗА ОБУКУ / SYNTHETIC TRAINING DATA',
  'sr-Latn': 'SINTETIČKI PODACI ZA OBUKU / SYNTHETIC TRAINING DATA',
  cnr: 'SINTETIČKI PODACI ZA OBUKU / SYNTHETIC TRAINING DATA',
  sq: 'TË DHËNA SINTETIKE PËR TRAJNIM / SYNTHETIC TRAINING DATA',
  en: 'SYNTHETIC TRAINING DATA / NOT A REAL CASE',
};

export interface BuiltDocument {
  document: DemoDocument;
  spans: MarkedSpan[];
}

interface Plan {
  kind: DemoDocumentKind;
  language: DocLanguage;
  day: number;
  victim?: VictimFacts;
}

const TITLES: Readonly<Record<DemoDocumentKind, string>> = {
  criminal_complaint: 'Criminal complaint',
  official_note: 'Official note on victim identification, English working translation',
  statement_record: 'Record of the victim’s statement, English translation',
  indictment: 'Indictment',
  trial_minutes: 'Trial minutes',
  first_instance_judgment: 'First-instance judgment',
  appeal_judgment: 'Appeal judgment',
  supreme_court_decision: 'Supreme Court decision',
  other: 'Document',
};

/** The main language of the case file (persons' names are written in it). */
export function fileLanguage(f: CaseFacts): DocLanguage {
  switch (f.country) {
    case 'mk': return 'mk';
    case 'rs': return f.script === 'cyrl' ? 'sr-Cyrl' : 'sr-Latn';
    case 'al': return 'sq';
    case 'me': return 'cnr';
  }
}

function nationalKinds(rng: Rng, f: CaseFacts): DemoDocumentKind[] {
  switch (f.progress) {
    case 'investigation':
      return ['criminal_complaint'];
    case 'indicted':
      return rng.chance(0.5) ? ['criminal_complaint', 'indictment'] : ['indictment'];
    case 'first_instance':
      return rng.chance(0.5) ? ['indictment', 'first_instance_judgment'] : ['first_instance_judgment'];
    case 'appeal':
      return rng.weighted([
        [['first_instance_judgment', 'appeal_judgment'], 5],
        [['indictment', 'first_instance_judgment', 'appeal_judgment'], 3],
        // Sometimes the appeal decision is missing from the copy: a real data gap.
        [['first_instance_judgment'], 1.5],
        [['appeal_judgment'], 1],
      ] as const).slice();
  }
}

function dayOf(f: CaseFacts, kind: DemoDocumentKind): number {
  switch (kind) {
    case 'criminal_complaint': return f.timeline.complaint;
    case 'indictment': return f.timeline.indictment;
    case 'appeal_judgment': return f.timeline.appeal;
    default: return f.timeline.firstInstance;
  }
}

function plan(rng: Rng, f: CaseFacts, forceEnglish: boolean): Plan[] {
  const base = fileLanguage(f);
  const plans: Plan[] = nationalKinds(rng, f).map((kind) => ({
    kind,
    // Serbian courts keep Cyrillic files, but published appeal decisions are often in Latin.
    language: base === 'sr-Cyrl' && kind === 'appeal_judgment' && rng.chance(0.35) ? 'sr-Latn' : base,
    day: dayOf(f, kind),
  }));
  const foreignVictim = f.victims.find((v) => v.citizenship !== f.country);
  if (foreignVictim !== undefined || f.foreign !== undefined || forceEnglish) {
    const victim = foreignVictim ?? (f.victims[0] as VictimFacts);
    const kind: DemoDocumentKind = foreignVictim !== undefined
      ? rng.pick(['official_note', 'statement_record'] as const)
      : f.foreign !== undefined ? 'statement_record' : 'official_note';
    const day = Math.max(f.timeline.offenceStart + 1, f.timeline.complaint - rng.int(2, 20));
    if (plans.length >= 3) plans.shift();
    plans.unshift({ kind, language: 'en', day, victim });
  }
  return plans.sort((a, b) => a.day - b.day);
}

export function buildDocuments(rng: Rng, f: CaseFacts, forceEnglish: boolean): BuiltDocument[] {
  return plan(rng, f, forceEnglish).map((p, i) => {
    const transform = p.language === 'sr-Cyrl' ? srToCyrillic : (t: string): string => t;
    const b = new TextBuilder(transform);
    b.raw(`${SYNTHETIC_MARKERS[p.language]}\n`);
    switch (p.language) {
      case 'mk':
        writeMacedonian(p.kind, f, b);
        break;
      case 'sr-Cyrl':
      case 'sr-Latn':
      case 'cnr':
        writeBcms(p.kind, f, b, p.language);
        break;
      case 'sq':
        writeAlbanian(p.kind, f, b);
        break;
      case 'en':
        writeEnglish(p.kind, f, p.victim ?? (f.victims[0] as VictimFacts), b, p.day);
        break;
    }
    const document: DemoDocument = {
      key: `doc${i + 1}`,
      kind: p.kind,
      title: `${TITLES[p.kind]} (synthetic)`,
      language: p.language,
      date: isoDate(p.day),
      text: b.toString(),
    };
    return { document, spans: b.spans };
  });
}
