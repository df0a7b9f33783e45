import { describe, expect, it } from 'vitest';
import { findIbans, isValidIban } from '../../../shared/anonymise/iban';

// Built in the test from the ISO 13616 rule: check digits = 98 - (BBAN + country + "00") mod 97.
function iban(country: string, bban: string): string {
  const numeric = `${bban}${Array.from(country, (c) => c.charCodeAt(0) - 55).join('')}00`;
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return `${country}${String(98 - r).padStart(2, '0')}${bban}`;
}

const MK = iban('MK', '250120000058984');
const RS = iban('RS', '260005601001611379');
const AL = iban('AL', '202111090000000001234567');
const ME = iban('ME', '505000012345678951');
const XK = iban('XK', '1212012345678906');

const found = (text: string): string[] => findIbans(text).map((d) => text.slice(d.start, d.end));

describe('IBANs and bank accounts', () => {
  it('validates mod 97 and the country length', () => {
    for (const v of [MK, RS, AL, ME, XK]) expect(isValidIban(v), v).toBe(true);
    expect(isValidIban(`${MK.slice(0, 2)}00${MK.slice(4)}`)).toBe(false);
    expect(isValidIban(`${MK}1`)).toBe(false);
  });

  it('finds IBANs of the region compact and grouped by four', () => {
    for (const v of [MK, RS, AL, ME, XK]) {
      const grouped = v.replace(/(.{4})/g, '$1 ').trim();
      expect(found(`uplata na ${v} i na ${grouped} juče`), v).toEqual([v, grouped]);
    }
  });

  it('stops at the end of an IBAN of known length', () => {
    expect(found(`${MK} MKD`)).toEqual([MK]);
  });

  it('keeps a code failing the check unless the word IBAN precedes it', () => {
    const bad = `${MK.slice(0, 2)}00${MK.slice(4)}`;
    expect(found(`šifra ${bad}`)).toEqual([]);
    expect(found(`IBAN: ${bad}`)).toEqual([bad]);
  });

  it('finds national account numbers', () => {
    expect(found('žiro račun 160-0000000123456-78 i 300-0000012345-67')).toEqual(['160-0000000123456-78', '300-0000012345-67']);
  });
});
