// The disclosure-control engine of the anonymised export (issue 6 items 2 and 4), as the
// exporter sees it: hierarchies, keyed pseudonyms, k-anonymity with l-diversity and risk
// figures for microdata, and the small-cell rule for aggregated tables. Pure functions over
// records the exporter passes in; nothing here reads the vault or writes a file.
export { UNKNOWN, WITHHELD, type CellValue, type SdcRecord } from './cell-value';
export type { Hierarchy } from './hierarchies/hierarchy';
export { AGE_HIERARCHY, CTDC_VICTIM_AGE_HIERARCHY, DEFENDANT_AGE_HIERARCHY } from './hierarchies/age-hierarchies';
export { MONEY_HIERARCHY, SENTENCE_MONTHS_HIERARCHY } from './hierarchies/amount-hierarchies';
export { citizenshipHierarchy } from './hierarchies/citizenship-hierarchy';
export { COURT_HIERARCHY } from './hierarchies/court-hierarchy';
export { DATE_HIERARCHY } from './hierarchies/date-hierarchy';
export { flatHierarchy } from './hierarchies/flat-hierarchy';
export { intervalHierarchy } from './hierarchies/interval-hierarchy';
export { municipalityHierarchy, MUNICIPALITY_HIERARCHY } from './hierarchies/municipality-hierarchy';
export { createPseudonymiser, createRecipientKey, keyIdOf, pseudonym, type RecipientKey } from './pseudonyms';
export { anonymiseRecords, type AnonymiseOutcome, type Anonymised, type NoSolution } from './anonymise-records';
export type { AnonymiseOptionsInput } from './search/anonymise-options';
export { classSizeHistogram, riskFigures, type RiskFigures } from './risk';
export type { VariableUtility } from './utility';
export { countOneWay, countTwoWay, type Dimension } from './tables/cross-tabulate';
export { protectOneWayTable, protectTwoWayTable, type ProtectedOneWayTable, type ProtectedTwoWayTable } from './tables/protect-table';
export type { ProtectedCell } from './tables/protected-cell';
export { protectRate, protectRates, type ProtectedRate, type RateInput } from './tables/rates';
export { summariseDurations, type DurationSummary } from './tables/durations';
export { benchGeneralisationSearch, type GeneralisationBenchResult } from './bench-generalisation';
