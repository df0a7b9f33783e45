// Dates of birth (anonymisation.md §4: a direct quasi-identifier). A date is a date of birth
// only when it is one (issue 6: "other dates stay"):
// - it equals, to the day, the date of birth the vault holds for a person of the case, written
//   in any form (dates.ts) — removed wherever it stands, attributed to that person;
// - or a birth word stands at most four words before it in the same sentence: роден/родена,
//   рођен/рођена, rođen/rođena, born, lindur/e lindur/i lindur, датум на раѓање, datum
//   rođenja, datëlindja, date of birth, DOB … — removed as a date of birth of someone unknown.
// Day-precise and month-precise dates are removed; a bare year of birth ("роден 1990 година")
// stays, as the year of birth is the generalisation exports keep (domain.md §4: dates → year).

import { contextBefore, lastWords } from './context';
import { findDates, type DateMention } from './dates';
import { foldKey } from './fold-key';
import type { Detection } from './types';

/** Birth words as folded prefixes: any word starting with one counts (роден, родена, рођени …). */
const BIRTH_PREFIXES = [
  'роден', 'родена', 'рођен', 'rođen', 'rodjen', 'roden', 'born', 'lindur', 'lindi', 'linduri', 'datëlindj', 'datelindj',
  'раѓање', 'рађање', 'rođenja', 'rodjenja', 'рођења', 'dob', 'birth', 'nacid', 'geboren', 'рођ', 'rođ',
].map(foldKey);

const BIRTH_WORD_DISTANCE = 5;

function isBirthWord(word: string): boolean {
  const key = foldKey(word);
  return BIRTH_PREFIXES.some((p) => key === p || (p.length >= 4 && key.startsWith(p)));
}

function hasBirthContext(text: string, date: DateMention): boolean {
  const words = lastWords(contextBefore(text, date.start, 80), BIRTH_WORD_DISTANCE);
  return words.some(isBirthWord);
}

export interface KnownBirthDate {
  personId: string;
  year: number;
  month: number;
  day: number;
}

/** Parses the vault's YYYY-MM-DD; partial dates (YYYY, YYYY-MM) identify no single date. */
export function parseBirthDate(value: string | null): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function findDatesOfBirth(text: string, known: readonly KnownBirthDate[]): Detection[] {
  const found: Detection[] = [];
  for (const date of findDates(text)) {
    const owner = date.day === null ? undefined : known.find((k) => k.year === date.year && k.month === date.month && k.day === date.day);
    if (owner) {
      found.push({ kind: 'date-of-birth', start: date.start, end: date.end, personId: owner.personId, detector: 'vault-date-of-birth', confidence: 'high' });
    } else if (hasBirthContext(text, date)) {
      found.push({ kind: 'date-of-birth', start: date.start, end: date.end, personId: null, detector: 'date-of-birth-context', confidence: 'low' });
    }
  }
  return found;
}
