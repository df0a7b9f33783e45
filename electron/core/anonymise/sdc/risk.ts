// Re-identification risk of a released microdata table, ARX's sample-only formulas
// (RiskModelSampleSummary; research/anonymisation.md §1.1 and T3, T3d), computed from the sizes
// of the equivalence classes of the RELEASED records only: suppressed records are not a class
// (the ARX #259 lesson), they are reported separately.
// - Prosecutor (the attacker knows the person is in the data, as a journalist following a
//   reported case would): a record's risk is 1 / its class size. Records at risk = share of
//   records whose risk exceeds the threshold; highest risk = 1 / the smallest class;
//   success rate = classes / records (the expected share re-identified).
// - Marketer (the attacker links every record at once): success rate = mean over records of
//   1 / class size, which without a population table equals classes / records, as in ARX.

export interface ProsecutorRisk {
  recordsAtRisk: number;
  highestRisk: number;
  successRate: number;
}

export interface RiskFigures {
  threshold: number;
  records: number;
  classes: number;
  prosecutor: ProsecutorRisk;
  marketer: { successRate: number };
}

export interface ClassSizeBucket {
  /** Records in each class of this bucket. */
  size: number;
  classes: number;
  records: number;
}

export function riskFigures(classSizes: readonly number[], threshold: number): RiskFigures {
  const records = classSizes.reduce((sum, size) => sum + size, 0);
  if (records === 0) {
    return { threshold, records: 0, classes: 0, prosecutor: { recordsAtRisk: 0, highestRisk: 0, successRate: 0 }, marketer: { successRate: 0 } };
  }
  let atRisk = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (const size of classSizes) {
    if (1 / size > threshold) atRisk += size;
    smallest = Math.min(smallest, size);
  }
  const successRate = classSizes.length / records;
  return {
    threshold,
    records,
    classes: classSizes.length,
    prosecutor: { recordsAtRisk: atRisk / records, highestRisk: 1 / smallest, successRate },
    marketer: { successRate },
  };
}

/** How many classes (and records) have each size, smallest size first: the report's histogram. */
export function classSizeHistogram(classSizes: readonly number[]): ClassSizeBucket[] {
  const bySize = new Map<number, number>();
  for (const size of classSizes) bySize.set(size, (bySize.get(size) ?? 0) + 1);
  return [...bySize.entries()].sort((a, b) => a[0] - b[0]).map(([size, classes]) => ({ size, classes, records: size * classes }));
}
