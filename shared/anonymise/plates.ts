// Vehicle registration plates of the region (anonymisation.md §4): North Macedonia SK-1234-AB,
// Serbia BG 123-AB / BG-1234-XY, Albania AA 123 BB, Montenegro PG AB123, Kosovo 01-123-AB, in
// Latin or Cyrillic letters (СК-1234-АБ). Transporters are identified in files by their car.

import type { Detection } from './types';

const LATIN = 'A-ZČĆŠŽĐ';
const CYRILLIC = 'А-ЯЃЌЅЉЊЏЈЂЋ';

const LETTERS_DIGITS_LETTERS = new RegExp(
  String.raw`(?=[${LATIN}${CYRILLIC}])(?<![\p{L}\p{N}])(?:[${LATIN}]{2}[\s\-]?\d{3,4}[\s\-]?[${LATIN}]{1,2}|[${CYRILLIC}]{2}[\s\-]?\d{3,4}[\s\-]?[${CYRILLIC}]{1,2})(?![\p{L}\p{N}])`,
  'gu',
);
const MONTENEGRO = new RegExp(String.raw`(?=[${LATIN}])(?<![\p{L}\p{N}])[${LATIN}]{2}[\s\-]?[${LATIN}]{2}[\s\-]?\d{3,4}(?![\p{L}\p{N}])`, 'gu');
const KOSOVO = new RegExp(String.raw`(?=\d)(?<![\p{L}\p{N}])\d{2}[\s\-]\d{3}[\s\-][${LATIN}]{2}(?![\p{L}\p{N}])`, 'gu');

// "15. VIII 2018": a Roman-numeral month and a year look like a Montenegrin plate.
const ROMAN_ONLY = /^[IVX]+$/;

export function findPlates(text: string): Detection[] {
  const found: Detection[] = [];
  for (const pattern of [LETTERS_DIGITS_LETTERS, MONTENEGRO, KOSOVO]) {
    for (const m of text.matchAll(pattern)) {
      if (pattern === MONTENEGRO && ROMAN_ONLY.test(m[0].replace(/[^\p{L}]/gu, ''))) continue;
      found.push({ kind: 'plate', start: m.index, end: m.index + m[0].length, personId: null, detector: 'licence-plate', confidence: 'low' });
    }
  }
  return found;
}
