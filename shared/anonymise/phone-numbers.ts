// Phone numbers of the region in the ways files write them (anonymisation.md §4 "Phone
// formats"): +389 70 123 456, 00381 63 123 4567, +355 (0)69 123 4567, 070 123 456,
// 063/123-4567, (044) 123-456. Also Kosovo numbers under Monaco +377 and Slovenia +386 from
// before 2017, and any number written with "+" and a country code (victims abroad).
// Digits are what identify a number: spaces, dashes, slashes, dots and parentheses are ignored.

import type { Detection } from './types';

/** Country codes of the region and of the countries victims are taken to, longest first. */
const COUNTRY_CODES = [
  '389', '381', '355', '382', '383', '377', '386', '385', '387', '359', '380', '373', '420', '421',
  '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '90', '1', '7',
];

/** The national significant number: digits without country code and trunk 0; null if too short. */
export function nationalNumber(written: string): string | null {
  const trimmed = written.trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international) {
    const code = COUNTRY_CODES.find((c) => digits.startsWith(c));
    if (code !== undefined) digits = digits.slice(code.length);
  }
  digits = digits.replace(/^0+/, '');
  return digits.length >= 6 ? digits : null;
}

/**
 * The national numbers a run of digits may be, once a written prefix is taken off: "0" (trunk),
 * "00" or "+" with a country code, and "(0)" after one. `international` says whether a "+"
 * stood before the digits.
 */
export function nationalCandidates(digits: string, international: boolean): string[] {
  const out = new Set<string>([digits]);
  if (digits.startsWith('0')) out.add(digits.replace(/^0+/, ''));
  const afterPlus = international ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (afterPlus !== null) {
    for (const code of COUNTRY_CODES) {
      if (afterPlus.startsWith(code)) out.add(afterPlus.slice(code.length).replace(/^0/, ''));
    }
  }
  return [...out];
}

// "+" (or 00 and a code of the list) and a number: always a phone number.
const INTERNATIONAL = new RegExp(
  String.raw`(?=[+0])(?<![\p{L}\p{N}+])(?:\+\s?\(?\d{1,3}\)?|00(?:${COUNTRY_CODES.join('|')}))(?:[\s./\-–]{0,3}\(0\))?(?:[\s./\-–()]{0,3}\d){6,12}(?![\p{N}])`,
  'gu',
);

// Mobile numbers written locally: 07x (MK), 06x (RS, AL, ME), 04x (XK), 9–10 digits in all.
const LOCAL_MOBILE = /(?=[(0])(?<![\p{L}\p{N}])(?:\(0[4-7]\d\)|0[4-7]\d)(?:[\s./\-–]{0,3}\d){6,7}(?![\p{N}])/gu;

// Any trunk-prefixed number (landlines: 02 3123 456, 011 123 4567) — only after a phone word.
const LOCAL_ANY = /(?=[(0])(?<![\p{L}\p{N}])\(?0\d{1,2}\)?(?:[\s./\-–]{0,3}\d){5,8}(?![\p{N}])/gu;
const PHONE_CONTEXT = /(?:тел|телефон\p{L}*|моб\p{L}*|tel|telefon\p{L}*|mob\p{L}*|phone|mobile|cel\p{L}*|kontakt\p{L}*|контакт\p{L}*|numr\p{L}* i telefonit|fax|факс)\.?\s*(?:бр\.|br\.|nr\.|no\.|број|broj)?[:\s]*$/iu;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Phone numbers in `text` that the vault does not need to know. */
export function findPhoneNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number): void => {
    if (seen.has(start)) return;
    seen.add(start);
    found.push({ kind: 'phone', start, end, personId: null, detector: 'phone', confidence: 'high' });
  };
  for (const m of text.matchAll(INTERNATIONAL)) {
    if (digitCount(m[0]) >= 8) add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(LOCAL_MOBILE)) {
    const n = digitCount(m[0]);
    if (n >= 9 && n <= 10) add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(LOCAL_ANY)) {
    const n = digitCount(m[0]);
    if (n < 8 || n > 11) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (PHONE_CONTEXT.test(before)) add(m.index, m.index + m[0].length);
  }
  return found;
}
