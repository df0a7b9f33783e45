// The disclosure-control step of the export benchmark (issue 6 "Speed": "the time of each step
// (generalisation search, …)"), for `npm run bench` to call: the lattice search over synthetic
// victim records with six quasi-identifiers and one sensitive field. Measured and returned,
// never asserted (DESIGN.md: speed belongs in the bench, not in a test).
import { anonymiseRecords } from './anonymise-records';
import { AGE_HIERARCHY } from './hierarchies/age-hierarchies';
import { citizenshipHierarchy } from './hierarchies/citizenship-hierarchy';
import { COURT_HIERARCHY } from './hierarchies/court-hierarchy';
import { DATE_HIERARCHY } from './hierarchies/date-hierarchy';
import { flatHierarchy } from './hierarchies/flat-hierarchy';
import { municipalityHierarchy } from './hierarchies/municipality-hierarchy';
import { syntheticVictimRecords } from './synthetic-records';

export interface GeneralisationBenchResult {
  cases: number;
  quasiIdentifiers: number;
  k: number;
  lattice_nodes: number;
  nodes_evaluated: number;
  /** First run in the process (includes the JIT warming up), then the median of three more. */
  search_first_ms: number;
  search_ms: number;
  outcome: 'anonymised' | 'no_solution';
  suppressed_records: number;
  achieved_k: number | null;
}

export const BENCH_QUASI_IDENTIFIERS = [
  { field: 'victim_age_at_exploitation', hierarchy: AGE_HIERARCHY },
  { field: 'victim_sex', hierarchy: flatHierarchy('sex') },
  { field: 'victim_citizenship', hierarchy: citizenshipHierarchy() },
  { field: 'victim_residence_municipality', hierarchy: municipalityHierarchy({ countryField: 'case_country' }) },
  { field: 'date_first_instance_judgment', hierarchy: DATE_HIERARCHY },
  { field: 'first_instance_court', hierarchy: COURT_HIERARCHY },
];

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

export function benchGeneralisationSearch(cases = 2_000, k = 5, seed = 1): GeneralisationBenchResult {
  const records = syntheticVictimRecords(cases, seed);
  const run = (): { ms: number; outcome: ReturnType<typeof anonymiseRecords> } => {
    const started = performance.now();
    const outcome = anonymiseRecords(records, { quasiIdentifiers: BENCH_QUASI_IDENTIFIERS, k, sensitiveFields: ['form_of_exploitation'] });
    return { ms: performance.now() - started, outcome };
  };
  const first = run();
  const again = [run().ms, run().ms, run().ms].sort((a, b) => a - b);
  const outcome = first.outcome;
  return {
    cases,
    quasiIdentifiers: BENCH_QUASI_IDENTIFIERS.length,
    k,
    lattice_nodes: outcome.search.nodes,
    nodes_evaluated: outcome.search.evaluated,
    search_first_ms: round1(first.ms),
    search_ms: round1(again[1] as number),
    outcome: outcome.status,
    suppressed_records: outcome.status === 'anonymised' ? outcome.suppression.records : 0,
    achieved_k: outcome.status === 'anonymised' ? outcome.achievedK : null,
  };
}
