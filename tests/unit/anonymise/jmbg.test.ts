import { describe, expect, it } from 'vitest';
import { findJmbgs, isValidJmbg, jmbgCheckDigit } from '../../../shared/anonymise/jmbg';

// 0101990450001 is not used: every number here is computed from the published rule in the test.
function withCheck(first12: string): string {
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first12.charAt(i)), 0);
  const m = 11 - (sum % 11);
  return `${first12}${m === 11 ? 0 : m}`;
}

const VALID = withCheck('150399040500'); // 15.03.1999, region 40
const INVALID = `${VALID.slice(0, 12)}${(Number(VALID.charAt(12)) + 1) % 10}`;

const found = (text: string): string[] => findJmbgs(text).map((d) => text.slice(d.start, d.end));

describe('JMBG / EMBG', () => {
  it('validates the date and the mod-11 check digit', () => {
    expect(isValidJmbg(VALID)).toBe(true);
    expect(isValidJmbg(INVALID)).toBe(false);
    expect(isValidJmbg(withCheck('310299040500'))).toBe(false); // 31 February
    expect(isValidJmbg('12345')).toBe(false);
    expect(jmbgCheckDigit('150399040500')).toBe(Number(VALID.charAt(12)));
  });

  it('always removes a checksum-valid number, with or without a context word, grouped or not', () => {
    expect(found(`broj ${VALID} u spisu`)).toEqual([VALID]);
    expect(found(`ЕМБГ: ${VALID}.`)).toEqual([VALID]);
    const grouped = `${VALID.slice(0, 7)} ${VALID.slice(7)}`;
    expect(found(`JMBG ${grouped}`)).toEqual([grouped]);
  });

  it('removes a number failing the checksum only after a citizen-number word', () => {
    for (const word of ['ЕМБГ', 'ЈМБГ', 'JMBG', 'EMBG', 'матичен број', 'matični broj', 'numri personal', 'personal number']) {
      expect(found(`${word} ${INVALID}`), word).toEqual([INVALID]);
    }
    expect(found(`pošiljka ${INVALID}`)).toEqual([]);
    // A citizen-number word in the previous sentence does not count.
    expect(found(`Нема ЕМБГ. Пратката ${INVALID} пристигна.`)).toEqual([]);
  });

  it('ignores 13 digits inside a longer run of digits', () => {
    expect(found(`račun 1${VALID}2`)).toEqual([]);
    expect(found(`${VALID}5 ${VALID.slice(1)}`)).toEqual([]);
  });
});
