// Cross-tabulation, rates and durations: the aggregated findings of issue 6 item 4.
import { describe, expect, it } from 'vitest';
import type { SdcRecord } from '../../../../electron/core/anonymise/sdc/cell-value';
import { countOneWay, countTwoWay } from '../../../../electron/core/anonymise/sdc/tables/cross-tabulate';
import { durationBand, quantile, summariseDurations } from '../../../../electron/core/anonymise/sdc/tables/durations';
import { maximise } from '../../../../electron/core/anonymise/sdc/tables/linear-program';
import { protectRate } from '../../../../electron/core/anonymise/sdc/tables/rates';
import { errorCodeOf } from '../../../helpers/error-code';

const victims: SdcRecord[] = [
  ...Array.from({ length: 14 }, () => ({ sex: 'female', form: 'sexual' })),
  ...Array.from({ length: 3 }, () => ({ sex: 'female', form: 'labour' })),
  ...Array.from({ length: 9 }, () => ({ sex: 'male', form: 'labour' })),
  { sex: null, form: 'sexual' },
  { sex: 'unknown', form: 'begging' },
];

describe('cross-tabulation', () => {
  it('counts one variable with "unknown" as its own last category', () => {
    expect(countOneWay(victims, { field: 'sex' })).toEqual({ categories: ['female', 'male', 'unknown'], counts: [17, 9, 2] });
  });

  it('counts two variables, showing declared categories nobody falls in as true zeros', () => {
    const table = countTwoWay(victims, { field: 'sex', categories: ['female', 'male', 'other'] }, { field: 'form', categories: ['sexual', 'labour', 'begging'] });
    expect(table.rowCategories).toEqual(['female', 'male', 'other', 'unknown']);
    expect(table.columnCategories).toEqual(['sexual', 'labour', 'begging', 'unknown']);
    expect(table.counts).toEqual([
      [14, 3, 0, 0],
      [0, 9, 0, 0],
      [0, 0, 0, 0],
      [1, 0, 1, 0],
    ]);
  });

  it('refuses a value outside the declared categories, a declared "unknown", and a list', () => {
    expect(errorCodeOf(() => countOneWay(victims, { field: 'form', categories: ['sexual', 'labour'] }))).toBe('VALIDATION');
    expect(() => countOneWay(victims, { field: 'form', categories: ['sexual', 'labour'] })).toThrow('Record 28, form: "begging" is not one of the table\'s categories.');
    expect(errorCodeOf(() => countOneWay(victims, { field: 'sex', categories: ['female', 'unknown'] }))).toBe('VALIDATION');
    expect(errorCodeOf(() => countOneWay(victims, { field: 'sex', categories: ['female', 'female', 'male'] }))).toBe('VALIDATION');
    const withList = [{ form: ['sexual', 'labour'] }] as unknown as SdcRecord[];
    expect(() => countOneWay(withList, { field: 'form' })).toThrow(/one option at a time/);
    expect(errorCodeOf(() => countTwoWay(victims, { field: 'sex' }, { field: 'sex' }))).toBe('VALIDATION');
  });
});

describe('rates with their counts under the same rule', () => {
  it('releases a rate whose counts are all safe', () => {
    expect(protectRate({ id: 'conviction', numerator: 12, denominator: 30 }, 5)).toEqual({
      id: 'conviction',
      numerator: { status: 'value', value: 12 },
      complement: { status: 'value', value: 18 },
      denominator: { status: 'value', value: 30 },
      rate: { status: 'value', value: 0.4 },
    });
  });

  it('suppresses a rate with a small numerator, and its complement, but states the denominator', () => {
    const rate = protectRate({ id: 'conviction', numerator: 3, denominator: 20 }, 5);
    expect(rate.numerator).toEqual({ status: 'suppressed', reason: 'primary' });
    expect(rate.complement).toEqual({ status: 'suppressed', reason: 'secondary' });
    expect(rate.denominator).toEqual({ status: 'value', value: 20 });
    expect(rate.rate).toEqual({ status: 'suppressed' });
  });

  it('suppresses "9 of 10": the one left out is as small as a numerator of 1', () => {
    const rate = protectRate({ id: 'requalification', numerator: 9, denominator: 10 }, 5);
    expect(rate.complement).toEqual({ status: 'suppressed', reason: 'primary' });
    expect(rate.numerator.status).toBe('suppressed');
    expect(rate.rate.status).toBe('suppressed');
  });

  it('keeps "no denominator" apart from "suppressed", and zero apart from both', () => {
    expect(protectRate({ id: 'x', numerator: 0, denominator: 0 }, 5).rate).toEqual({ status: 'no_denominator' });
    expect(protectRate({ id: 'x', numerator: 0, denominator: 25 }, 5).rate).toEqual({ status: 'value', value: 0 });
  });

  it('refuses counts that cannot be a rate', () => {
    expect(errorCodeOf(() => protectRate({ id: 'x', numerator: 5, denominator: 3 }, 5))).toBe('VALIDATION');
    expect(errorCodeOf(() => protectRate({ id: 'x', numerator: -1, denominator: 3 }, 5))).toBe('VALIDATION');
    expect(errorCodeOf(() => protectRate({ id: 'x', numerator: 1.5, denominator: 3 }, 5))).toBe('VALIDATION');
  });
});

describe('durations of proceedings', () => {
  it('bands days as under 1 year, 1-3 years, over 3 years', () => {
    expect([0, 364, 365, 1_095, 1_096].map(durationBand)).toEqual(['under_1_year', 'under_1_year', '1_to_3_years', '1_to_3_years', 'over_3_years']);
  });

  it('computes quartiles by linear interpolation (R type 7)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(32.5);
  });

  it('releases median and quartiles of enough cases, and the bands under the small-cell rule', () => {
    const days = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000, 1_200, 1_500, null, null];
    const summary = summariseDurations(days, 5);
    expect(summary.statistics).toEqual({ status: 'value', median: 650, lowerQuartile: 375, upperQuartile: 925 });
    expect(summary.bands.categories).toEqual(['under_1_year', '1_to_3_years', 'over_3_years', 'unknown']);
    // 3 under a year and 2 unknown are small; 7 from 1 to 3 years; 2 over 3 years.
    expect(summary.bands.cells.map((c) => c.status)).toEqual(['suppressed', 'value', 'suppressed', 'suppressed']);
    expect(summary.bands.total).toEqual({ status: 'value', value: 14 });
  });

  it('withholds the median of a handful of cases: it would be one case\'s duration', () => {
    expect(summariseDurations([100, 900, 2_000], 5).statistics).toEqual({ status: 'suppressed' });
  });

  it('refuses a negative duration', () => {
    expect(() => summariseDurations([100, -3], 5)).toThrow('Duration 2: -3 is not a number of days (zero or more).');
  });
});

describe('the linear-programming solver behind the audit', () => {
  it('solves, detects unboundedness, and detects infeasibility', () => {
    // max x + y with x + y + s = 4 (s ≥ 0 slack)
    expect(maximise([[1, 1, 1]], [4], [1, 1, 0])).toEqual({ status: 'optimal', value: 4 });
    // max x with x − y = 1: y can grow without end
    expect(maximise([[1, -1]], [1], [1, 0])).toEqual({ status: 'unbounded' });
    // x + y = −1 has no non-negative solution
    expect(maximise([[1, 1]], [-1], [1, 0])).toEqual({ status: 'infeasible' });
    // A redundant equation (the second is twice the first) is dropped, not fatal.
    expect(maximise([[1, 1], [2, 2]], [3, 6], [0, 1])).toEqual({ status: 'optimal', value: 3 });
  });
});
