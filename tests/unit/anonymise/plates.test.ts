import { describe, expect, it } from 'vitest';
import { findPlates } from '../../../shared/anonymise/plates';

const found = (text: string): string[] => findPlates(text).map((d) => text.slice(d.start, d.end));

describe('licence plates', () => {
  it('finds the plates of the region in Latin and Cyrillic letters', () => {
    for (const p of ['SK-1234-AB', 'SK 1234 AB', 'СК-1234-АБ', 'BG 123-AB', 'NS-1234-XY', 'ČA 123-AB', 'AA 123 BB', 'PG AB123', '01-123-AB']) {
      expect(found(`vozilo ${p} je`), p).toEqual([p]);
    }
  });

  it('does not take Roman-numeral dates, codes or words for plates', () => {
    expect(found('dana 15. VIII 2018, KZ 388, ЕМБГ 1234567890123, Kž1 334/25')).toEqual([]);
  });
});
