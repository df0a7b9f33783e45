// The review-wide figures of issue 4 for `npm run bench`: loading the cross-case table of every
// case for 20 case-scoped columns, and the progress overview (its first call also brings stale
// progress rows up to date; the warm call only reads). Measured and printed, never asserted.
import type { Codebook } from '../../../shared/codebook/codebook-schema';
import type { Services } from '../services';
import { CaseProgress } from '../services/case-progress';
import { median, percentile, round } from './statistics';

/** How many case-scoped columns the table figure loads (issue 4: "20 columns"). */
export const BENCH_TABLE_COLUMNS = 20;

export interface ReviewBenchResult {
  table_fields: number;
  table_rows: number;
  table_20_cols_p50_ms: number;
  table_20_cols_p99_ms: number;
  overview_first_ms: number;
  overview_stale_refreshed: number;
  overview_warm_median_ms: number;
  overview_rows: number;
}

/** The first case-scoped, non-deprecated fields of the codebook, in its order (the fixture codes these). */
export function benchTableFieldIds(codebook: Codebook, count = BENCH_TABLE_COLUMNS): string[] {
  return codebook.stages
    .flatMap((s) => s.fields.filter((f) => f.scope === 'case' && !f.deprecated))
    .slice(0, count)
    .map((f) => f.id);
}

export function measureReview(services: Services, codebook: Codebook, options: { tableRuns?: number; overviewRuns?: number } = {}): ReviewBenchResult {
  const fieldIds = benchTableFieldIds(codebook);
  // The first overview call refreshes the progress of every case whose rows are stale (the
  // fixture is bulk-loaded without progress; the saves before this refreshed their own cases).
  const staleBefore = new CaseProgress(services.context).staleCaseIds().length;
  let t = performance.now();
  const first = services.review.overview();
  const overviewFirstMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < (options.overviewRuns ?? 10); i++) {
    t = performance.now();
    services.review.overview();
    warm.push(performance.now() - t);
  }
  const tables: number[] = [];
  let rows = 0;
  for (let i = 0; i < (options.tableRuns ?? 30); i++) {
    t = performance.now();
    const table = services.review.table({ fieldIds });
    tables.push(performance.now() - t);
    rows = table.rows.length;
  }
  return {
    table_fields: fieldIds.length,
    table_rows: rows,
    table_20_cols_p50_ms: round(median(tables)),
    table_20_cols_p99_ms: round(percentile(tables, 99)),
    overview_first_ms: round(overviewFirstMs, 0),
    overview_stale_refreshed: staleBefore,
    overview_warm_median_ms: round(median(warm)),
    overview_rows: first.rows.length,
  };
}
