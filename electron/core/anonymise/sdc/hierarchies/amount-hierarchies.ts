// Money and sentence lengths in bands. Exact amounts and exact sentences are searchable in
// published judgments (domain.md §4: "Bands. Exact amounts are searchable"), so they are the
// first thing a prosecutor-type attacker would match on (research/anonymisation.md §4,
// "Case-level linkage": court + year + exact sentence identifies a case).
import { intervalHierarchy } from './interval-hierarchy';

/** EUR: amount → bands → wide bands → *. "0" (nothing awarded) stays its own band. */
export const MONEY_HIERARCHY = intervalHierarchy({
  id: 'money-eur-bands',
  exactLevel: 'EUR',
  valueNoun: 'an amount of money',
  bandLevels: [
    { name: 'bands', lowerBounds: [0, 1, 1_000, 5_000, 10_000, 25_000, 50_000, 100_000] },
    { name: 'wide bands', lowerBounds: [0, 1, 10_000, 100_000] },
  ],
});

/**
 * Months: length → bands (< 1 y, 1-3 y, 3-5 y, 5-10 y, > 10 y; research/anonymisation.md §2) →
 * wide bands (< 3 y, 3-10 y, > 10 y) → *.
 */
export const SENTENCE_MONTHS_HIERARCHY = intervalHierarchy({
  id: 'sentence-months-bands',
  exactLevel: 'months',
  valueNoun: 'a sentence length in months',
  bandLevels: [
    { name: 'bands', lowerBounds: [0, 12, 36, 60, 120] },
    { name: 'wide bands', lowerBounds: [0, 36, 120] },
  ],
});
