import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/anonymise/dates';

const read = (text: string): string[] =>
  findDates(text).map((d) => `${text.slice(d.start, d.end)} = ${d.year}-${d.month}-${d.day ?? '?'}`);

describe('dates in every written form', () => {
  it('reads numeric and ISO dates', () => {
    expect(read('15.03.1990, 5.3.1990., 15. 03. 1990, 15/03/1990, 15-03-1990, 1990-03-15, 15.03.90')).toEqual([
      '15.03.1990 = 1990-3-15', '5.3.1990. = 1990-3-5', '15. 03. 1990 = 1990-3-15', '15/03/1990 = 1990-3-15',
      '15-03-1990 = 1990-3-15', '1990-03-15 = 1990-3-15', '15.03.90 = 1990-3-15',
    ]);
  });

  it('reads Roman-numeral months', () => {
    expect(read('15.III.1990, 15. III 1990, 15-XII-1990, 1. IX 2001')).toEqual([
      '15.III.1990 = 1990-3-15', '15. III 1990 = 1990-3-15', '15-XII-1990 = 1990-12-15', '1. IX 2001 = 2001-9-1',
    ]);
  });

  it('reads month names of each language, genitive forms included', () => {
    expect(read('15 март 1990; 15. marta 1990; 15. марта 1990; 15 mars 1990; 15 nëntor 1990; 15 March 1990; March 15, 1990; 3rd of May, 2001')).toEqual([
      '15 март 1990 = 1990-3-15', '15. marta 1990 = 1990-3-15', '15. марта 1990 = 1990-3-15', '15 mars 1990 = 1990-3-15',
      '15 nëntor 1990 = 1990-11-15', '15 March 1990 = 1990-3-15', 'March 15, 1990 = 1990-3-15', '3rd of May, 2001 = 2001-5-3',
    ]);
  });

  it('reads a month and year as a month-precise date', () => {
    expect(read('во март 1990 година')).toEqual(['март 1990 = 1990-3-?']);
  });

  it('reads no date where there is none', () => {
    expect(read('član 388 stav 1, 32.13.2020, 1.200.000 denara, K 12/19')).toEqual([]);
  });
});
