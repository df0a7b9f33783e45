// IBANs (mod-97 checked, ISO 13616) and national bank account numbers. Account numbers are
// direct identifiers (anonymisation.md §4): a checksum-valid IBAN is always removed; one that
// fails the checksum is removed only when the word IBAN stands right before it (a typo in a
// real number), so that other letter-digit codes are not taken for accounts.

import { contextBefore } from './context';
import type { Detection } from './types';

/** IBAN length by country: the region (MK, RS, AL, ME, XK, BA, HR, SI, BG, GR) and where victims are taken. */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  MK: 19, RS: 22, AL: 28, ME: 22, XK: 20, BA: 20, HR: 21, SI: 19, BG: 22, GR: 27, TR: 26,
  DE: 22, AT: 20, CH: 21, IT: 27, FR: 27, ES: 24, NL: 18, BE: 16, GB: 22, HU: 28, RO: 24,
  CZ: 24, SK: 24, PL: 28, SE: 24, DK: 18, NO: 15, FI: 18, IE: 22, PT: 25, LU: 20, CY: 28,
};

/** ISO 7064 mod 97-10 over the rearranged IBAN (letters as 10–35). */
export function isValidIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const expected = IBAN_LENGTH[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

const CANDIDATE = /(?=[A-Z])(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,30}(?![\p{L}\p{N}])/gu;
const NATIONAL_ACCOUNT = /(?=\d)(?<![\p{N}-])\d{3}-\d{8,13}-\d{2}(?![\p{N}])/gu;
const IBAN_WORD = /(?:IBAN|ИБАН)[\s.:]*$/u;

/** The end (UTF-16) of the first `length` letters and digits of `text` from `start`. */
function endAfter(text: string, start: number, length: number): number {
  let seen = 0;
  let i = start;
  while (i < text.length && seen < length) {
    if (/[A-Z0-9]/.test(text.charAt(i))) seen++;
    i++;
  }
  return i;
}

export function findIbans(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const compact = m[0].replace(/[ -]/g, '');
    const expected = IBAN_LENGTH[compact.slice(0, 2)];
    // The pattern may run into a following code; an IBAN of a known country has a fixed length.
    const own = expected !== undefined && compact.length > expected ? compact.slice(0, expected) : compact;
    const end = own === compact ? m.index + m[0].length : endAfter(text, m.index, own.length);
    const valid = isValidIban(own);
    if (valid || IBAN_WORD.test(contextBefore(text, m.index, 12))) {
      found.push({ kind: 'iban', start: m.index, end, personId: null, detector: 'iban', confidence: valid ? 'high' : 'low' });
    }
  }
  for (const m of text.matchAll(NATIONAL_ACCOUNT)) {
    found.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, personId: null, detector: 'bank-account', confidence: 'low' });
  }
  return found;
}
