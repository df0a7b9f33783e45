// k-anonymity with distinct l-diversity over a declared quasi-identifier set, for one microdata
// table (issue 6 item 2; research/anonymisation.md T3, T3b, T3c). Promises:
// - the release is the least generalisation the lattice search finds (least non-uniform
//   entropy, suppression included) plus local suppression within the budget (default 5 %);
// - every released class has at least k records and, for each sensitive field, at least l
//   distinct values ("unknown" counts as a value: it is what the release shows);
// - suppressed records are returned explicitly, each with its reason, never mixed into the
//   release as a class of "*" (ARX #259);
// - when no node meets k and l within the budget, the outcome says so ("no_solution") and holds
//   no records, so a caller cannot emit a release by mistake;
// - bad settings (k larger than the number of records, a field listed twice, …) and unreadable
//   values are a DossierError VALIDATION naming each problem, before any work is done.
// Pure: no database, no clock, no randomness; the same input gives the same output.
import type { SdcRecord } from './cell-value';
import { classSizeHistogram, riskFigures, type ClassSizeBucket, type RiskFigures } from './risk';
import { resolveOptions, type AnonymiseOptionsInput } from './search/anonymise-options';
import { encodeRecords, type EncodedSensitive } from './search/encoded-levels';
import type { NodeEvaluation } from './search/evaluate-node';
import { findGeneralisation, type SearchStatistics } from './search/find-generalisation';
import { variableLoss } from './search/information-loss';
import { variableUtility, type VariableUtility } from './utility';

export interface AppliedLevel {
  field: string;
  hierarchy: string;
  level: number;
  levelName: string;
}

export interface ReleasedRecord {
  /** Position of the record in the input. */
  index: number;
  /** Generalised label of each quasi-identifier; the caller copies every other field itself. */
  values: Record<string, string>;
}

export interface SuppressedRecord {
  index: number;
  reason: 'small_class' | 'l_diversity';
  /** For l_diversity: the sensitive field whose values were not diverse enough. */
  field?: string;
}

export interface Anonymised {
  status: 'anonymised';
  k: number;
  l: number;
  levels: AppliedLevel[];
  released: ReleasedRecord[];
  suppressed: SuppressedRecord[];
  suppression: { records: number; share: number; limit: number; budget: number };
  /** Smallest released class (≥ k). */
  achievedK: number;
  /** Fewest distinct values of each sensitive field in a released class (≥ l). */
  achievedL: { field: string; distinct: number }[];
  classSizes: ClassSizeBucket[];
  risk: RiskFigures;
  utility: VariableUtility[];
  /** Mean normalised non-uniform entropy over the quasi-identifiers, in [0, 1]. */
  informationLoss: number;
  search: SearchStatistics;
}

export interface NoSolution {
  status: 'no_solution';
  message: string;
  /** Records that would need suppressing even at the most generalised node allowed. */
  leastSuppressionNeeded: number;
  suppressionBudget: number;
  search: SearchStatistics;
}

export type AnonymiseOutcome = Anonymised | NoSolution;

function achievedDiversity(evaluation: NodeEvaluation, sensitive: readonly EncodedSensitive[]): { field: string; distinct: number }[] {
  return sensitive.map((s) => {
    const perClass = new Map<number, Set<number>>();
    s.codes.forEach((code, r) => {
      const c = evaluation.classOf[r] as number;
      if (evaluation.classViolation[c] !== null) return;
      const values = perClass.get(c) ?? new Set<number>();
      values.add(code);
      perClass.set(c, values);
    });
    const counts = [...perClass.values()].map((v) => v.size);
    return { field: s.field, distinct: counts.length === 0 ? 0 : Math.min(...counts) };
  });
}

function noSolutionMessage(k: number, l: number, sensitive: number, budget: number, needed: number): string {
  const models = sensitive > 0 ? `k = ${k} and l = ${l}` : `k = ${k}`;
  if (needed > 0 && budget >= needed) return `Every record would have to be suppressed to reach ${models}; nothing can be released.`;
  return (
    `No generalisation reaches ${models} within the suppression limit (${budget} records): even with every ` +
    `quasi-identifier at its highest allowed level, ${needed} records are in groups that are too small or not ` +
    'diverse enough. Allow more generalisation, declare fewer quasi-identifiers, raise the limit or lower k.'
  );
}

export function anonymiseRecords(records: readonly SdcRecord[], optionsInput: AnonymiseOptionsInput): AnonymiseOutcome {
  const options = resolveOptions(optionsInput, records.length);
  const n = records.length;
  const { quasi, sensitive } = encodeRecords(records, options.quasiIdentifiers, options.sensitiveFields);
  const losses = quasi.map((q) => variableLoss(q, n));
  const suppressionBudget = Math.floor(options.suppressionLimit * n + 1e-9);
  const outcome = findGeneralisation(
    {
      quasi,
      sensitive,
      recordCount: n,
      k: options.k,
      l: options.l,
      minLevel: options.quasiIdentifiers.map((q) => q.minLevel),
      maxLevel: options.quasiIdentifiers.map((q) => q.maxLevel),
      suppressionBudget,
    },
    losses,
  );
  const sensitiveCount = options.sensitiveFields.length;
  if (!outcome.found || outcome.evaluation.suppressedCount === n) {
    const needed = outcome.found ? n : outcome.leastSuppressionNeeded;
    return {
      status: 'no_solution',
      message: noSolutionMessage(options.k, options.l, sensitiveCount, suppressionBudget, needed),
      leastSuppressionNeeded: needed,
      suppressionBudget,
      search: outcome.statistics,
    };
  }

  const { evaluation, levels } = outcome;
  const isSuppressed = (r: number): boolean => evaluation.classViolation[evaluation.classOf[r] as number] !== null;
  const released: ReleasedRecord[] = [];
  const suppressed: SuppressedRecord[] = [];
  for (let r = 0; r < n; r++) {
    const violation = evaluation.classViolation[evaluation.classOf[r] as number];
    if (violation) {
      suppressed.push(violation.kind === 'l_diversity' ? { index: r, reason: 'l_diversity', field: violation.field } : { index: r, reason: 'small_class' });
      continue;
    }
    const values: Record<string, string> = {};
    quasi.forEach((q, i) => {
      const level = q.levels[levels[i] as number];
      if (level) values[q.field] = level.labels[level.codes[r] as number] as string;
    });
    released.push({ index: r, values });
  }
  const releasedClassSizes = evaluation.classSizes.filter((_, c) => evaluation.classViolation[c] === null);
  return {
    status: 'anonymised',
    k: options.k,
    l: options.l,
    levels: options.quasiIdentifiers.map((q, i) => {
      const level = levels[i] as number;
      return { field: q.field, hierarchy: q.hierarchy.id, level, levelName: q.hierarchy.levels[level] as string };
    }),
    released,
    suppressed,
    suppression: { records: suppressed.length, share: suppressed.length / n, limit: options.suppressionLimit, budget: suppressionBudget },
    achievedK: Math.min(...releasedClassSizes),
    achievedL: achievedDiversity(evaluation, sensitive),
    classSizes: classSizeHistogram(releasedClassSizes),
    risk: riskFigures(releasedClassSizes, options.riskThreshold),
    utility: options.quasiIdentifiers.map((q, i) => variableUtility(q.hierarchy, quasi[i]!, losses[i]!, levels[i] as number, isSuppressed)),
    informationLoss: outcome.loss,
    search: outcome.statistics,
  };
}
