// Entry point: a deterministic synthetic training file in the case interchange format.
// Pure: the same (cases, seed, codebook) always gives byte-identical JSON, and nothing here
// reads the clock, the environment or Math.random.

import { buildAnnotations } from './annotations';
import type { CaseFacts } from './case-facts';
import { CodebookIndex } from './codebook-index';
import { buildCodings } from './codings';
import type { DemoCase, DemoCaseStatus, DemoCodebook, DemoInterchangeFile } from './demo-types';
import { buildDocuments, fileLanguage } from './documents';
import { buildMemos } from './memos';
import { allPersons, buildCaseFacts, countryOrder } from './scenario';
import { personRecord } from './person-records';
import { createRng } from './prng';

export interface GenerateDemoOptions {
  cases: number;
  seed: number;
  codebook: DemoCodebook;
}

/** Stream ids: one per case, plus one for seed-level choices, so streams never overlap. */
const SEED_STREAM = 0x7fffffff;

const TITLES: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: '"lover-boy" recruitment of a minor',
  transnational_sexual: 'false job offer abroad',
  forced_begging: 'forced begging of children',
  labour: 'labour exploitation',
  forced_marriage: 'child marriage and domestic servitude',
  victim_offender: 'recruiter who was exploited before',
};

function title(f: CaseFacts): string {
  const what = f.archetype === 'labour'
    ? (f.abroad ? 'labour exploitation on a construction site abroad' : 'labour exploitation of foreign seasonal workers')
    : TITLES[f.archetype];
  return `Synthetic: ${what}, ${f.town.en}`;
}

export function generateDemoFile(options: GenerateDemoOptions): DemoInterchangeFile {
  const { cases: count, seed, codebook } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('cases must be a non-negative integer');
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');

  const index = new CodebookIndex(codebook);
  const seedRng = createRng(seed, SEED_STREAM);
  const order = countryOrder(seedRng);
  const scriptFlip = seedRng.chance(0.5);
  // Every fifth case carries an English document even without a foreign element, so any run
  // of a few dozen cases covers all document languages.
  const englishOffset = seedRng.int(0, 4);

  const cases: DemoCase[] = [];
  for (let i = 0; i < count; i++) {
    const rng = createRng(seed, i);
    const country = order[i % order.length] ?? 'mk';
    const facts = buildCaseFacts(rng, { index: i, country, countrySerial: Math.floor(i / order.length), scriptFlip });
    const status: DemoCaseStatus = rng.weighted([['not_started', 1], ['in_progress', 3], ['coded', 3.5], ['verified', 2.5]] as const);
    const lang = fileLanguage(facts);

    const docs = buildDocuments(rng, facts, i % 5 === englishOffset);
    // Trainer annotations exist for every case, also for reviews not started yet (teaching hints).
    const annotations = buildAnnotations(rng, docs.map((d) => ({ documentKey: d.document.key, spans: d.spans })), index);
    const codings = buildCodings({
      facts,
      index,
      rng,
      status,
      fileLanguage: lang,
      documentKinds: docs.map((d) => d.document.kind ?? 'other'),
      annotations: annotations.map((a) => (a.person !== undefined
        ? { id: a.annotation.id ?? '', tag: a.tag, person: a.person }
        : { id: a.annotation.id ?? '', tag: a.tag })),
    });
    const documents = docs.map((d) => d.document);
    cases.push({
      ref: facts.ref,
      title: title(facts),
      status,
      persons: allPersons(facts).map((p) => personRecord(rng, p, facts, lang)),
      codings,
      documents,
      annotations: annotations.map((a) => a.annotation),
      memos: buildMemos(rng, facts, documents),
    });
  }
  return {
    format: 'case-interchange',
    version: 1,
    codebook: { id: codebook.id, version: codebook.version },
    cases,
  };
}
