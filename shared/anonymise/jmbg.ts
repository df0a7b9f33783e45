// The 13-digit citizen number of North Macedonia, Serbia, Montenegro and Bosnia (ЕМБГ / JMBG /
// ЈМБГ / JMB): DDMMYYY RR BBB K, K a mod-11 check digit (anonymisation.md §4). It encodes the
// date of birth, region and sex, so it identifies a person on its own.
//
// Decision (documented for the export report): a number that passes the checksum and has a real
// date is ALWAYS removed, whatever surrounds it. A 13-digit number that fails the checksum is
// removed only when a citizen-number word (ЕМБГ, JMBG, матичен број, matični broj, …) stands
// just before it — court files contain typos, and the word says what the number is; without
// the word it is kept, because 13-digit runs are also file, account and reference numbers.

import { contextBefore } from './context';
import type { Detection } from './types';

const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Check digit for the first 12 digits, or null when the remainder rule leaves no valid digit. */
export function jmbgCheckDigit(first12: string): number | null {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12.charAt(i)) * (WEIGHTS[i] ?? 0);
  const m = 11 - (sum % 11);
  if (m === 11) return 0;
  if (m === 10) return null;
  return m;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 13 digits, a real calendar date (YYY below 800 is 2000+) and the mod-11 check digit. */
export function isValidJmbg(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const yyy = Number(value.slice(4, 7));
  const year = yyy < 800 ? 2000 + yyy : 1000 + yyy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  const check = jmbgCheckDigit(value.slice(0, 12));
  return check !== null && check === Number(value.charAt(12));
}

// 13 digits, possibly grouped by single spaces or dashes, not part of a longer digit run.
const CANDIDATE = /(?=\d)(?<!\d[ -]?)\d(?:[ -]?\d){12}(?![ -]?\d)/g;

/** Words naming a citizen or personal number, at the end of the text before a number. */
const PERSONAL_NUMBER_WORDS = [
  'ЕМБГ', 'ЈМБГ', 'ЕМБ', 'ЈМБ', 'EMBG', 'JMBG', 'JMB', 'EMB',
  String.raw`(?:единствен\s+)?матичен\s+број`, String.raw`матични\s+број`, String.raw`(?:jedinstveni\s+)?mati[čc]ni\s+broj`,
  String.raw`li[čc]ni\s+broj`, String.raw`лични\s+број`, String.raw`личен\s+број`,
  String.raw`numr(?:i|in)\s+personal`, String.raw`nr\.?\s*personal`, String.raw`num[ëe]r\s+personal`, 'NID',
  String.raw`personal\s+(?:identification\s+)?number`, String.raw`citizen\s+number`, String.raw`ID\s*(?:no|number|nr|br)?`,
];

/** Words naming a citizen or personal number, at the end of the text before a number. */
export const PERSONAL_NUMBER_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}])(?:${PERSONAL_NUMBER_WORDS.join('|')})\.?[\s:.,\-–(]*(?:бр\.|br\.|nr\.|no\.)?[\s:]*$`,
  'iu',
);

export function findJmbgs(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '');
    const start = m.index;
    const end = start + m[0].length;
    if (isValidJmbg(digits)) {
      found.push({ kind: 'id', start, end, personId: null, detector: 'jmbg-checksum', confidence: 'high' });
    } else if (PERSONAL_NUMBER_CONTEXT.test(contextBefore(text, start, 40))) {
      found.push({ kind: 'id', start, end, personId: null, detector: 'jmbg-context', confidence: 'low' });
    }
  }
  return found;
}
