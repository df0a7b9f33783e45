// Durations of proceedings (issue 6 item 4): median and quartiles, and the bands under 1 year /
// 1-3 years / over 3 years. The bands are a one-way table under the small-cell rule, with
// "unknown" (no duration coded) as its own category. The median and quartiles of a handful of
// cases are the durations of particular cases, so they are released only when at least
// `threshold` durations are known. Quartiles interpolate linearly between order statistics
// (R's default, type 7) and are rounded to whole days.
import { DossierError } from '../../../../../shared/errors';
import { protectOneWayTable, type ProtectedOneWayTable } from './protect-table';

export const DURATION_BANDS = ['under_1_year', '1_to_3_years', 'over_3_years'] as const;
const DAYS_PER_YEAR = 365;

export type DurationStatistics = { status: 'value'; median: number; lowerQuartile: number; upperQuartile: number } | { status: 'suppressed' };

// No raw count of known durations is returned: with the table's total it would give back the
// "unknown" cell, which the small-cell rule may have suppressed.
export interface DurationSummary {
  statistics: DurationStatistics;
  bands: ProtectedOneWayTable;
}

/** Quantile p of sorted values, linear interpolation between order statistics (type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  const low = sorted[below] as number;
  return low + (position - below) * ((sorted[above] as number) - low);
}

/** 0-364 days: under 1 year; 365-1095: 1 to 3 years; more: over 3 years (a year = 365 days). */
export function durationBand(days: number): (typeof DURATION_BANDS)[number] {
  if (days < DAYS_PER_YEAR) return 'under_1_year';
  return days <= 3 * DAYS_PER_YEAR ? '1_to_3_years' : 'over_3_years';
}

/** `durations` in days, null where none is coded. */
export function summariseDurations(durations: readonly (number | null)[], threshold: number): DurationSummary {
  const known: number[] = [];
  let unknown = 0;
  durations.forEach((d, i) => {
    if (d === null) {
      unknown++;
      return;
    }
    if (!Number.isFinite(d) || d < 0) throw new DossierError('VALIDATION', `Duration ${i + 1}: ${String(d)} is not a number of days (zero or more).`);
    known.push(d);
  });
  known.sort((a, b) => a - b);
  const counts = DURATION_BANDS.map(() => 0);
  for (const d of known) counts[DURATION_BANDS.indexOf(durationBand(d))]! += 1;
  const bands = protectOneWayTable([...DURATION_BANDS, 'unknown'], [...counts, unknown], threshold);
  const statistics: DurationStatistics =
    known.length >= threshold && known.length > 0
      ? { status: 'value', median: Math.round(quantile(known, 0.5)), lowerQuartile: Math.round(quantile(known, 0.25)), upperQuartile: Math.round(quantile(known, 0.75)) }
      : { status: 'suppressed' };
  return { statistics, bands };
}
