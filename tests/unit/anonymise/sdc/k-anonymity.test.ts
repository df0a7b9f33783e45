// k-anonymity and l-diversity of the engine's releases, checked by the tests' own recount
// (helpers/recount.ts), never by the engine's figures; optimality checked against a brute-force
// walk of the whole lattice written here.
import { describe, expect, it } from 'vitest';
import { anonymiseRecords, type AnonymiseOutcome, type Anonymised } from '../../../../electron/core/anonymise/sdc/anonymise-records';
import { BENCH_QUASI_IDENTIFIERS } from '../../../../electron/core/anonymise/sdc/bench-generalisation';
import type { SdcRecord } from '../../../../electron/core/anonymise/sdc/cell-value';
import { AGE_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/age-hierarchies';
import { DATE_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/date-hierarchy';
import { flatHierarchy } from '../../../../electron/core/anonymise/sdc/hierarchies/flat-hierarchy';
import type { Hierarchy } from '../../../../electron/core/anonymise/sdc/hierarchies/hierarchy';
import { MUNICIPALITY_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/municipality-hierarchy';
import { syntheticVictimRecords } from '../../../../electron/core/anonymise/sdc/synthetic-records';
import { createRng } from '../../../../electron/core/demo/prng';
import { errorCodeOf } from '../../../helpers/error-code';
import { labelOf, recount } from './helpers/recount';

interface Qi {
  field: string;
  hierarchy: Hierarchy;
  minLevel?: number;
  maxLevel?: number;
}

/** A second data shape, unlike the synthetic victims: few fields, uniform and skewed mixes. */
function mixedRecords(count: number, seed: number): SdcRecord[] {
  const rng = createRng(seed, 99);
  const towns = ['Bitola', 'Strumica', 'Šabac', 'Durrës', 'Bar', 'Ohrid', 'Niš', 'Korçë'];
  return Array.from({ length: count }, () => ({
    age: rng.chance(0.01) ? null : rng.chance(0.5) ? rng.int(14, 25) : rng.int(10, 70),
    town: rng.chance(0.01) ? 'unknown' : rng.pick(towns),
    sex: rng.weighted([['female', 6], ['male', 3], ['unknown', 0.2]]),
    judged: rng.chance(0.01) ? null : `${rng.int(2015, 2022)}-${String(rng.int(1, 12)).padStart(2, '0')}`,
    harm: rng.weighted([['yes', 3], ['no', 5], ['unknown', 1]]),
  }));
}

const MIXED_QIS: Qi[] = [
  { field: 'age', hierarchy: AGE_HIERARCHY },
  { field: 'town', hierarchy: MUNICIPALITY_HIERARCHY },
  { field: 'sex', hierarchy: flatHierarchy('sex'), maxLevel: 0 },
  { field: 'judged', hierarchy: DATE_HIERARCHY, minLevel: 1 },
];

function anonymised(outcome: AnonymiseOutcome): Anonymised {
  if (outcome.status !== 'anonymised') throw new Error(`expected a release, got: ${outcome.message}`);
  return outcome;
}

/** Independent check of a release against the original records. */
function checkRelease(records: readonly SdcRecord[], qis: readonly Qi[], sensitive: readonly string[], k: number, l: number, limit: number, out: Anonymised): void {
  const n = records.length;
  // Every record is either released or suppressed, never both, never lost.
  const indices = [...out.released.map((r) => r.index), ...out.suppressed.map((r) => r.index)].sort((a, b) => a - b);
  expect(indices).toEqual(records.map((_, i) => i));
  // The budget: at most `limit` of the records suppressed.
  expect(out.suppressed.length).toBeLessThanOrEqual(Math.floor(limit * n + 1e-9));
  // Released labels are the declared hierarchy level of the original value, and nothing else.
  const levelOf = new Map(out.levels.map((lv) => [lv.field, lv.level]));
  for (const r of out.released) {
    for (const qi of qis) {
      const record = records[r.index] as SdcRecord;
      expect(r.values[qi.field]).toBe(qi.hierarchy.generalise(record[qi.field], levelOf.get(qi.field) as number, record));
    }
  }
  // The recount: every class has k records and l distinct values of each sensitive field.
  const count = recount(out.released, records, qis.map((q) => q.field), sensitive);
  expect(Math.min(...count.classSizes)).toBeGreaterThanOrEqual(k);
  for (const field of sensitive) expect(Math.min(...(count.distinct.get(field) as number[]))).toBeGreaterThanOrEqual(l);
  // The engine's figures agree with the recount.
  const released = out.released.length;
  const smallest = Math.min(...count.classSizes);
  expect(out.achievedK).toBe(smallest);
  expect(out.risk.records).toBe(released);
  expect(out.risk.classes).toBe(count.classSizes.length);
  expect(out.risk.prosecutor.highestRisk).toBeCloseTo(1 / smallest, 12);
  expect(out.risk.prosecutor.successRate).toBeCloseTo(count.classSizes.length / released, 12);
  const atRisk = count.classSizes.filter((s) => 1 / s > out.risk.threshold).reduce((a, s) => a + s, 0);
  expect(out.risk.prosecutor.recordsAtRisk).toBeCloseTo(atRisk / released, 12);
  expect(out.classSizes.reduce((a, b) => a + b.records, 0)).toBe(released);
  for (const bucket of out.classSizes) expect(count.classSizes.filter((s) => s === bucket.size).length).toBe(bucket.classes);
}

/** Records the test's own group-by would suppress at these levels (classes < k or < l distinct). */
function suppressedAt(records: readonly SdcRecord[], qis: readonly Qi[], levels: readonly number[], sensitive: readonly string[], k: number, l: number): Set<number> {
  const groups = new Map<string, number[]>();
  records.forEach((record, i) => {
    const key = JSON.stringify(qis.map((q, j) => q.hierarchy.generalise(record[q.field], levels[j] as number, record)));
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = new Set<number>();
  for (const members of groups.values()) {
    const diverse = sensitive.every((f) => new Set(members.map((i) => labelOf(records[i]?.[f]))).size >= l);
    if (members.length < k || !diverse) members.forEach((i) => out.add(i));
  }
  return out;
}

/** Normalised non-uniform entropy of a release, written from the definition. */
function entropyLoss(records: readonly SdcRecord[], qis: readonly Qi[], levels: readonly number[], suppressed: Set<number>): number {
  const n = records.length;
  const total = qis.map((q, j) => {
    const exact = records.map((r) => q.hierarchy.generalise(r[q.field], 0, r));
    const coarse = records.map((r) => q.hierarchy.generalise(r[q.field], levels[j] as number, r));
    const count = (labels: string[], label: string): number => labels.filter((x) => x === label).length;
    let loss = 0;
    let maximum = 0;
    records.forEach((_, i) => {
      const c0 = count(exact, exact[i] as string);
      maximum += -Math.log2(c0 / n);
      loss += suppressed.has(i) ? -Math.log2(c0 / n) : -Math.log2(c0 / count(coarse, coarse[i] as string));
    });
    return maximum === 0 ? 0 : loss / maximum;
  });
  return total.reduce((a, b) => a + b, 0) / qis.length;
}

describe('k-anonymity and l-diversity, recounted independently', () => {
  const cases: [string, number, number][] = [];
  for (const n of [40, 150, 600, 2_000]) for (const k of [2, 5, 10]) cases.push([`${n} synthetic victims, k = ${k}`, n, k]);

  it.each(cases)('%s', (_, n, k) => {
    const records = syntheticVictimRecords(n, 7 + n + k);
    const sensitive = ['form_of_exploitation'];
    const outcome = anonymiseRecords(records, { quasiIdentifiers: BENCH_QUASI_IDENTIFIERS, k, sensitiveFields: sensitive });
    // Small data sets may have no release at all; large ones must, or the recount proves nothing.
    if (n >= 600) expect(outcome.status).toBe('anonymised');
    if (outcome.status === 'anonymised') {
      checkRelease(records, BENCH_QUASI_IDENTIFIERS, sensitive, k, 2, 0.05, outcome);
    } else {
      // Then even the most generalised node must need more suppression than allowed.
      const top = BENCH_QUASI_IDENTIFIERS.map((q) => q.hierarchy.levels.length - 1);
      expect(suppressedAt(records, BENCH_QUASI_IDENTIFIERS, top, sensitive, k, 2).size).toBeGreaterThan(Math.floor(0.05 * n));
    }
  });

  it.each([
    [80, 3, 0.1],
    [300, 5, 0.05],
    [300, 4, 0.2],
    [1_000, 8, 0.05],
  ])('%i mixed records, k = %i, suppression limit %f, with profile limits on levels', (n, k, limit) => {
    const records = mixedRecords(n, n * k);
    const outcome = anonymiseRecords(records, { quasiIdentifiers: MIXED_QIS, k, sensitiveFields: ['harm'], suppressionLimit: limit });
    const out = anonymised(outcome);
    checkRelease(records, MIXED_QIS, ['harm'], k, 2, limit, out);
    expect(out.levels.find((lv) => lv.field === 'sex')?.level).toBe(0);
    expect(out.levels.find((lv) => lv.field === 'judged')?.level).toBeGreaterThanOrEqual(1);
  });

  it('finds the least information loss the whole lattice offers (brute force over every node)', () => {
    let releases = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const records = mixedRecords(90, seed);
      const qis: Qi[] = [
        { field: 'age', hierarchy: AGE_HIERARCHY },
        { field: 'town', hierarchy: MUNICIPALITY_HIERARCHY },
        { field: 'judged', hierarchy: DATE_HIERARCHY },
      ];
      const k = 3 + (seed % 3);
      const limit = seed % 2 === 0 ? 0.05 : 0.15;
      const budget = Math.floor(limit * records.length + 1e-9);
      let bestLoss = Number.POSITIVE_INFINITY;
      for (let a = 0; a < 5; a++) {
        for (let t = 0; t < 4; t++) {
          for (let d = 0; d < 5; d++) {
            const levels = [a, t, d];
            const suppressed = suppressedAt(records, qis, levels, ['harm'], k, 2);
            if (suppressed.size > budget || suppressed.size === records.length) continue;
            bestLoss = Math.min(bestLoss, entropyLoss(records, qis, levels, suppressed));
          }
        }
      }
      const outcome = anonymiseRecords(records, { quasiIdentifiers: qis, k, sensitiveFields: ['harm'], suppressionLimit: limit });
      if (bestLoss === Number.POSITIVE_INFINITY) {
        expect(outcome.status).toBe('no_solution');
        continue;
      }
      const out = anonymised(outcome);
      expect(out.informationLoss).toBeCloseTo(bestLoss, 9);
      const chosen = out.levels.map((lv) => lv.level);
      expect(entropyLoss(records, qis, chosen, new Set(out.suppressed.map((s) => s.index)))).toBeCloseTo(bestLoss, 9);
      expect(out.search.evaluated + out.search.skippedAsFailing + out.search.skippedByBound).toBe(out.search.nodes);
      releases++;
    }
    // The comparison must have been made, not skipped: most of these data sets have a release.
    expect(releases).toBeGreaterThanOrEqual(5);
  });

  it('keeps "unknown" as its own released value, never merged into a category', () => {
    const records = mixedRecords(400, 11);
    const out = anonymised(anonymiseRecords(records, { quasiIdentifiers: MIXED_QIS, k: 3, sensitiveFields: ['harm'] }));
    for (const r of out.released) {
      if (labelOf(records[r.index]?.sex) === 'unknown') expect(r.values.sex).toBe('unknown');
      if (labelOf(records[r.index]?.age) === 'unknown') expect(r.values.age).toBe('unknown');
      else expect(r.values.age).not.toBe('unknown');
    }
  });

  it('gives the same release for the same input', () => {
    const records = syntheticVictimRecords(300, 5);
    const options = { quasiIdentifiers: BENCH_QUASI_IDENTIFIERS, k: 5, sensitiveFields: ['form_of_exploitation'] };
    expect(anonymiseRecords(records, options)).toEqual(anonymiseRecords(records, options));
  });
});

describe('suppression and l-diversity, by hand', () => {
  // Region A: six records, all "yes" (a class that tells everyone's value); region B: mixed.
  const records: SdcRecord[] = [
    ...Array.from({ length: 6 }, () => ({ region: 'A', minor: 'yes' })),
    ...Array.from({ length: 6 }, (_, i) => ({ region: 'B', minor: i % 2 === 0 ? 'yes' : 'no' })),
  ];
  const regionQi = [{ field: 'region', hierarchy: flatHierarchy('region') }];

  it('suppresses a class that is not diverse when the budget allows, and says why', () => {
    const out = anonymised(anonymiseRecords(records, { quasiIdentifiers: regionQi, k: 3, sensitiveFields: ['minor'], suppressionLimit: 0.5 }));
    expect(out.levels[0]?.level).toBe(0);
    expect(out.suppressed).toEqual(Array.from({ length: 6 }, (_, i) => ({ index: i, reason: 'l_diversity', field: 'minor' })));
    expect(out.released.every((r) => r.values.region === 'B')).toBe(true);
    expect(out.achievedL).toEqual([{ field: 'minor', distinct: 2 }]);
    expect(out.suppression).toEqual({ records: 6, share: 0.5, limit: 0.5, budget: 6 });
  });

  it('generalises instead when the budget is small', () => {
    const out = anonymised(anonymiseRecords(records, { quasiIdentifiers: regionQi, k: 3, sensitiveFields: ['minor'] }));
    expect(out.levels[0]).toMatchObject({ level: 1, levelName: '*' });
    expect(out.suppressed).toEqual([]);
    expect(out.released.every((r) => r.values.region === '*')).toBe(true);
  });

  it('reports the utility lost per variable', () => {
    // Withholding the region loses all it told: height 1, entropy 1, every cell changed.
    const generalised = anonymised(anonymiseRecords(records, { quasiIdentifiers: regionQi, k: 3, sensitiveFields: ['minor'] }));
    expect(generalised.utility).toEqual([{ field: 'region', hierarchy: 'region', level: 1, levelName: '*', height: 1, entropy: 1, cellsChanged: 1 }]);
    // Suppressing region A instead: half the records lose their one bit (−log2 6/12), the rest keep it.
    const suppressed = anonymised(anonymiseRecords(records, { quasiIdentifiers: regionQi, k: 3, sensitiveFields: ['minor'], suppressionLimit: 0.5 }));
    expect(suppressed.utility).toEqual([{ field: 'region', hierarchy: 'region', level: 0, levelName: 'value', height: 0, entropy: expect.closeTo(0.5, 12), cellsChanged: 0.5 }]);
    expect(suppressed.informationLoss).toBeCloseTo(0.5, 12);
  });

  it('returns suppressed records apart from the release, never as a class of "*"', () => {
    const few = [...records, { region: 'C', minor: 'no' }, { region: 'C', minor: 'yes' }];
    const out = anonymised(anonymiseRecords(few, { quasiIdentifiers: [{ ...regionQi[0]!, maxLevel: 0 }], k: 3, suppressionLimit: 0.2 }));
    expect(out.suppressed).toEqual([{ index: 12, reason: 'small_class' }, { index: 13, reason: 'small_class' }]);
    expect(out.released.map((r) => r.index)).not.toContain(12);
    expect(out.risk.records).toBe(12);
    expect(out.classSizes).toEqual([{ size: 6, classes: 2, records: 12 }]);
  });
});

describe('when no release is possible', () => {
  const sexes: SdcRecord[] = ['female', 'female', 'female', 'male', 'male', 'male', null, null, null, null].map((sex) => ({ sex }));
  const exactSex = [{ field: 'sex', hierarchy: flatHierarchy('sex'), maxLevel: 0 }];

  it('says so clearly and holds no records', () => {
    const outcome = anonymiseRecords(sexes, { quasiIdentifiers: exactSex, k: 4 });
    expect(outcome.status).toBe('no_solution');
    if (outcome.status !== 'no_solution') return;
    expect(outcome.message).toMatch(/No generalisation reaches k = 4/);
    expect(outcome.leastSuppressionNeeded).toBe(6);
    expect(outcome.suppressionBudget).toBe(0);
    expect('released' in outcome).toBe(false);
  });

  it('does not call "suppress everything" a release', () => {
    const outcome = anonymiseRecords(sexes.slice(0, 6), { quasiIdentifiers: exactSex, k: 4, suppressionLimit: 1 });
    expect(outcome.status).toBe('no_solution');
    if (outcome.status === 'no_solution') expect(outcome.message).toMatch(/Every record would have to be suppressed/);
  });

  it('reports l larger than the values a field has as no solution, not as a release', () => {
    const records = Array.from({ length: 20 }, (_, i) => ({ sex: i % 2 ? 'male' : 'female', harm: i % 2 ? 'yes' : 'no' }));
    const outcome = anonymiseRecords(records, { quasiIdentifiers: [{ field: 'sex', hierarchy: flatHierarchy('sex') }], k: 2, sensitiveFields: ['harm'], l: 3 });
    expect(outcome.status).toBe('no_solution');
  });
});

describe('bad input gets a clear error and nothing is released', () => {
  const records = mixedRecords(30, 3);
  const qis = [{ field: 'age', hierarchy: AGE_HIERARCHY }];

  function problems(fn: () => unknown): { code: string; message: string; paths: string[] } {
    try {
      fn();
    } catch (err) {
      const e = err as { code: string; message: string; problems: { path: string }[] };
      return { code: e.code, message: e.message, paths: e.problems.map((p) => p.path) };
    }
    return { code: 'no error', message: '', paths: [] };
  }

  it('k larger than the number of records', () => {
    const result = problems(() => anonymiseRecords(records, { quasiIdentifiers: qis, k: 31 }));
    expect(result.code).toBe('VALIDATION');
    expect(result.message).toBe('k = 31 is larger than the number of records (30): no release can put every record in a group of 31.');
    expect(errorCodeOf(() => anonymiseRecords([], { quasiIdentifiers: qis, k: 2 }))).toBe('VALIDATION');
  });

  it('settings that make no sense', () => {
    expect(problems(() => anonymiseRecords(records, { quasiIdentifiers: qis, k: 1 })).paths).toEqual(['/k']);
    expect(problems(() => anonymiseRecords(records, { quasiIdentifiers: [], k: 2 })).paths).toEqual(['/quasiIdentifiers']);
    expect(problems(() => anonymiseRecords(records, { quasiIdentifiers: qis, k: 2, suppressionLimit: 1.5 })).paths).toEqual(['/suppressionLimit']);
    expect(problems(() => anonymiseRecords(records, { quasiIdentifiers: [...qis, ...qis], k: 2 })).paths).toEqual(['/quasiIdentifiers/1/field']);
    expect(problems(() => anonymiseRecords(records, { quasiIdentifiers: qis, k: 2, sensitiveFields: ['age'] })).paths).toEqual(['/sensitiveFields/0']);
    expect(problems(() => anonymiseRecords(records, { quasiIdentifiers: [{ ...qis[0]!, minLevel: 3, maxLevel: 2 }], k: 2 })).paths).toEqual(['/quasiIdentifiers/0']);
  });

  it('values the hierarchy cannot read, each named by its path', () => {
    const bad: SdcRecord[] = records.map((r, i) => (i === 2 ? { ...r, age: 'twelve' } : i === 5 ? { ...r, age: -4 } : r));
    const result = problems(() => anonymiseRecords(bad, { quasiIdentifiers: qis, k: 2 }));
    expect(result.code).toBe('VALIDATION');
    expect(result.paths).toEqual(['/records/2/age', '/records/5/age']);
    expect(result.message).toBe('Record 3, age: "twelve" is not an age in years: a number is expected.');
  });

  it('a hierarchy whose levels do not nest', () => {
    const broken: Hierarchy = {
      id: 'broken',
      levels: ['value', 'parity', '*'],
      // Level 1 looks at the record, not the value: two records with one value part at level 1.
      generalise: (value, level, record) => (level === 0 ? String(value) : level === 1 ? String(record.harm) : '*'),
    };
    const result = problems(() => anonymiseRecords(records, { quasiIdentifiers: [{ field: 'sex', hierarchy: broken }], k: 2 }));
    expect(result.code).toBe('VALIDATION');
    expect(result.message).toMatch(/The hierarchy "broken" of sex does not nest/);
  });

  it('a list where one value is expected', () => {
    const bad = records.map((r, i) => (i === 0 ? { ...r, harm: ['yes', 'no'] } : r)) as unknown as SdcRecord[];
    const result = problems(() => anonymiseRecords(bad, { quasiIdentifiers: qis, k: 2, sensitiveFields: ['harm'] }));
    expect(result.paths).toEqual(['/records/0/harm']);
  });
});
