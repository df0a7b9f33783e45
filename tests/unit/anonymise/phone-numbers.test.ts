import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, nationalNumber } from '../../../shared/anonymise/phone-numbers';

const found = (text: string): string[] => findPhoneNumbers(text).map((d) => text.slice(d.start, d.end));

describe('phone numbers of the region', () => {
  it('finds international forms of every country code and the 00 prefix', () => {
    for (const n of ['+389 70 123 456', '+381 63 123 4567', '+355 69 123 4567', '+382 67 123 456', '+383 44 123 456',
      '+377 44 123 456', '00389 70 123456', '00381 63 123 4567', '+355 (0)69 123 4567', '+389-70-123-456', '+39 333 1234567']) {
      expect(found(`tel. ${n}, dalje`), n).toEqual([n]);
    }
  });

  it('finds local mobile forms without any context word', () => {
    for (const n of ['070 123 456', '070/123-456', '063/123-4567', '069 123 4567', '044 123 456', '(070) 123-456', '070 12 34 56']) {
      expect(found(`se javio sa ${n} juče`), n).toEqual([n]);
    }
  });

  it('finds landlines only after a phone word', () => {
    expect(found('тел. 02 3123 456')).toEqual(['02 3123 456']);
    expect(found('telefon: 011 123 4567')).toEqual(['011 123 4567']);
    expect(found('iznos 02 3123 456 dinara')).toEqual([]);
  });

  it('does not take dates, amounts, case numbers or article numbers for phones', () => {
    expect(found('dana 07.03.2019. godine, iznos 1.200.000 denara, predmet K 123/19, član 388 stav 1')).toEqual([]);
  });

  it('reduces a written number to its national digits', () => {
    expect(nationalNumber('+389 70 123 456')).toBe('70123456');
    expect(nationalNumber('00381 (0)63/123-4567')).toBe('631234567');
    expect(nationalNumber('070 123 456')).toBe('70123456');
    expect(nationalNumber('123')).toBeNull();
  });
});
