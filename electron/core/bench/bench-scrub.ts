// Issue 6's text-scrubbing figures for `npm run bench` (the exporter scrubs thousands of
// documents, so the scrubber must read a text once): one 300,000-character judgment of a demo
// case scrubbed with that case's persons, the last-mile scan of the result, and a whole demo
// review (every document of every case, a scrubber built per case). Measured and printed,
// never asserted.
import { createScrubber, type ScrubPerson } from '../../../shared/anonymise';
import { DEFAULT_CODEBOOK } from '../codebook/codebook-store';
import type { DemoCase } from '../demo/demo-types';
import { generateDemoFile } from '../demo/generate-demo-file';
import { median, round } from './statistics';

export interface ScrubBenchShape {
  /** Length of the long judgment, in UTF-16 code units. */
  length: number;
  /** Demo cases of the review-wide figure. */
  cases: number;
  seed: number;
}

export const BENCH_SCRUB: ScrubBenchShape = { length: 300_000, cases: 100, seed: 6 };

export interface ScrubBenchResult {
  scrub_text_length: number;
  scrub_build_median_ms: number;
  scrub_median_ms: number;
  scrub_chars_per_second: number;
  /** Processor time of the same scrub: on a busy shared machine wall time overstates the cost. */
  scrub_cpu_median_ms: number;
  scrub_replacements: number;
  scrub_last_mile_median_ms: number;
  scrub_review_cases: number;
  scrub_review_documents: number;
  scrub_review_chars: number;
  scrub_review_ms: number;
  scrub_review_chars_per_second: number;
}

function personsOf(c: DemoCase): ScrubPerson[] {
  return (c.persons ?? []).map((p) => ({
    id: p.key,
    role: p.role,
    code: p.code ?? p.key,
    fullName: p.full_name ?? null,
    aliases: p.aliases ?? [],
    dateOfBirth: p.date_of_birth ?? null,
    idNumbers: p.id_numbers ?? [],
    addresses: p.addresses ?? [],
    phones: p.phones ?? [],
    emails: p.emails ?? [],
    otherIdentifiers: p.other_identifiers ?? [],
  }));
}

/** The first case's documents, repeated in turn until the text is `length` long: a long judgment naming its persons throughout. */
function longJudgment(c: DemoCase, length: number): string {
  const texts = (c.documents ?? []).map((d) => d.text);
  if (texts.length === 0) throw new Error('the demo case has no documents');
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${texts[i % texts.length] ?? ''}\n\n`;
  return out.slice(0, length);
}

function timed<T>(run: () => T): [T, number] {
  const t = performance.now();
  const value = run();
  return [value, performance.now() - t];
}

function cpuTimed<T>(run: () => T): [T, number] {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
}

export function measureScrub(shape: ScrubBenchShape = BENCH_SCRUB, runs = 5): ScrubBenchResult {
  const file = generateDemoFile({ cases: shape.cases, seed: shape.seed, codebook: DEFAULT_CODEBOOK });
  const first = file.cases[0];
  if (!first) throw new Error('the demo file has no cases');
  const persons = personsOf(first);
  const text = longJudgment(first, shape.length);

  const builds: number[] = [];
  const scrubs: number[] = [];
  const cpu: number[] = [];
  const scans: number[] = [];
  let replacements = 0;
  for (let i = 0; i < runs; i++) {
    // A fresh scrubber each run, so no run profits from another's folding cache.
    const [scrubber, buildMs] = timed(() => createScrubber(persons));
    const [result, scrubMs] = timed(() => scrubber.scrub(text));
    cpu.push(cpuTimed(() => scrubber.scrub(text))[1]);
    const [, scanMs] = timed(() => scrubber.findIdentifiers(result.text));
    builds.push(buildMs);
    scrubs.push(scrubMs);
    scans.push(scanMs);
    replacements = result.replacements.length;
  }

  let documents = 0;
  let chars = 0;
  const [, reviewMs] = timed(() => {
    for (const c of file.cases) {
      const scrubber = createScrubber(personsOf(c));
      for (const d of c.documents ?? []) {
        scrubber.scrub(d.text, { language: d.language ?? null });
        documents++;
        chars += d.text.length;
      }
    }
  });

  const scrubMedian = median(scrubs);
  return {
    scrub_text_length: text.length,
    scrub_build_median_ms: round(median(builds)),
    scrub_median_ms: round(scrubMedian),
    scrub_chars_per_second: Math.round(text.length / (scrubMedian / 1000)),
    scrub_cpu_median_ms: round(median(cpu)),
    scrub_replacements: replacements,
    scrub_last_mile_median_ms: round(median(scans)),
    scrub_review_cases: file.cases.length,
    scrub_review_documents: documents,
    scrub_review_chars: chars,
    scrub_review_ms: round(reviewMs),
    scrub_review_chars_per_second: Math.round(chars / (reviewMs / 1000)),
  };
}
