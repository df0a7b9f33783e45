import { describe, expect, it } from 'vitest';
import { classSizeHistogram, riskFigures } from '../../../../electron/core/anonymise/sdc/risk';

describe('risk figures on hand-computed examples', () => {
  it('a release with a unique record: half the records at risk, highest risk 1', () => {
    // Classes of 1, 2, 3, 4 and 10 records: 20 records in 5 classes. At threshold 0.2 a record
    // is at risk when 1/size > 0.2, i.e. in the classes of 1-4 records: 10 of the 20.
    const risk = riskFigures([1, 2, 3, 4, 10], 0.2);
    expect(risk.records).toBe(20);
    expect(risk.classes).toBe(5);
    expect(risk.prosecutor.recordsAtRisk).toBe(0.5);
    expect(risk.prosecutor.highestRisk).toBe(1);
    expect(risk.prosecutor.successRate).toBe(0.25);
    expect(risk.marketer.successRate).toBe(0.25);
  });

  it('a 5-anonymous release at threshold 1/5: nobody at risk, highest risk exactly 0.2', () => {
    const risk = riskFigures([5, 5, 10], 0.2);
    expect(risk.prosecutor.recordsAtRisk).toBe(0);
    expect(risk.prosecutor.highestRisk).toBe(0.2);
    expect(risk.prosecutor.successRate).toBe(0.15);
    expect(risk.marketer.successRate).toBe(0.15);
  });

  it('the public threshold 0.1 puts the classes of 5 at risk', () => {
    expect(riskFigures([5, 5, 10], 0.1).prosecutor.recordsAtRisk).toBe(0.5);
  });

  it('an empty release has no risk rather than a division by zero', () => {
    expect(riskFigures([], 0.2)).toEqual({ threshold: 0.2, records: 0, classes: 0, prosecutor: { recordsAtRisk: 0, highestRisk: 0, successRate: 0 }, marketer: { successRate: 0 } });
  });

  it('histogram: how many classes of each size, smallest first', () => {
    expect(classSizeHistogram([6, 5, 6, 12, 5, 5])).toEqual([
      { size: 5, classes: 3, records: 15 },
      { size: 6, classes: 2, records: 12 },
      { size: 12, classes: 1, records: 12 },
    ]);
  });
});
