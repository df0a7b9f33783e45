// Personal numbers other than the JMBG (anonymisation.md §4):
// - the Albanian personal number (NID): a decade letter, the last digit of the year, the month
//   (+50 for women), the day, a 3-digit serial and a check letter (J12345678A). The check-letter
//   algorithm is not published, so a well-formed number with a real date is always removed, and
//   one whose date is impossible only next to a personal-number word (numri personal, NID, …);
// - Kosovo's 10-digit personal number, after a personal-number word;
// - passport and identity-card numbers, after the document's name (pasoš br., пасош, pasaporta,
//   passport no., lična karta, letërnjoftim).

import { contextBefore } from './context';
import { PERSONAL_NUMBER_CONTEXT } from './jmbg';
import type { Detection } from './types';

const NID_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVW';
const NID = /(?=[A-W])(?<![\p{L}\p{N}])[A-W]\d{8}[A-W](?![\p{L}\p{N}])/gu;
const KOSOVO_NUMBER = /(?=\d)(?<![\p{L}\p{N}])\d{10}(?![\p{L}\p{N}])/gu;
const DOCUMENT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:pas(?:oš|os|oša|ošu)|пасош\p{L}*|паспорт\p{L}*|pasaport\p{L}*|passport|li[čc]n(?:a|e|u)\s+kart\p{L}*|лична\s+карта|личн\p{L}+\s+карт\p{L}*|let[ëe]rnjoftim\p{L}*|identity\s+card|ID\s+card|putn(?:a|e|u)\s+isprav\p{L}*)` +
    String.raw`\s*(?:(?:number|numër|numri|broj|број|бр|br|nr|no)(?![\p{L}])\.?)?[\s:]*([A-ZА-Я]{0,2}[\s-]?\d{6,9})(?![\p{L}\p{N}])`,
  'giu',
);

// "J12345678A (numri personal)": the word may also follow the number.
const CONTEXT_AFTER = /^[\s,(–-]*(?:numr(?:i|in)\s+personal|nr\.?\s*personal|num[ëe]r\s+personal|NID|personal\s+number)/iu;

function hasContext(text: string, start: number, end: number): boolean {
  return PERSONAL_NUMBER_CONTEXT.test(contextBefore(text, start, 40)) || CONTEXT_AFTER.test(text.slice(end, end + 30));
}

const DOCUMENT_HINT = /pas|пас|паспорт|li[čc]n|личн|let[ëe]rnjoftim|identity|ID card|putn/iu;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Format and date check of an Albanian NID (the only check possible, see the header). */
export function isWellFormedAlbanianNid(value: string): boolean {
  const m = /^([A-W])(\d)(\d{2})(\d{2})\d{3}[A-W]$/.exec(value);
  if (!m) return false;
  const rawMonth = Number(m[3]);
  const month = rawMonth > 50 ? rawMonth - 50 : rawMonth;
  const year = 1900 + NID_LETTERS.indexOf(m[1] ?? '') * 10 + Number(m[2]);
  const day = Number(m[4]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function findPersonalNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(NID)) {
    const wellFormed = isWellFormedAlbanianNid(m[0]);
    if (wellFormed || hasContext(text, m.index, m.index + m[0].length)) {
      found.push({
        kind: 'id', start: m.index, end: m.index + m[0].length, personId: null,
        detector: 'albanian-personal-number', confidence: wellFormed ? 'high' : 'low',
      });
    }
  }
  for (const m of text.matchAll(KOSOVO_NUMBER)) {
    if (hasContext(text, m.index, m.index + m[0].length)) {
      found.push({ kind: 'id', start: m.index, end: m.index + m[0].length, personId: null, detector: 'albanian-personal-number', confidence: 'low' });
    }
  }
  if (!DOCUMENT_HINT.test(text)) return found;
  for (const m of text.matchAll(DOCUMENT_NUMBER)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].length - number.length;
    found.push({ kind: 'id', start, end: m.index + m[0].length, personId: null, detector: 'document-number-context', confidence: 'low' });
  }
  return found;
}
