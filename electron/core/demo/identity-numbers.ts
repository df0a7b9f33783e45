// Personal numbers and phone numbers for synthetic persons.
//
// JMBG / EMBG: the anonymiser's detectors recognise citizen numbers by their mod-11 checksum
// (anonymisation.md T1/T2), so training data carries numbers with a VALID check digit built from
// the date of birth and sex. To keep them from ever being a real person's number (domain.md §6),
// the region digits are the unused code at the start of each republic's block (20 Montenegro,
// 40 North Macedonia, 70 Serbia): no registry office issues those.

import { civilDate } from './calendar';
import type { Rng } from './prng';

export type JmbgCountry = 'mk' | 'rs' | 'me';

const UNUSED_REGION: Readonly<Record<JmbgCountry, string>> = { me: '20', mk: '40', rs: '70' };

const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Check digit for the first 12 digits, or null when the remainder rule gives 10 (no number). */
export function jmbgCheckDigit(first12: string): number | null {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12.charAt(i)) * (WEIGHTS[i] ?? 0);
  const m = 11 - (sum % 11);
  if (m === 11) return 0;
  if (m === 10) return null;
  return m;
}

/** Strict JMBG check: 13 digits, a real calendar date and the mod-11 check digit. */
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** DDMMYYYRRBBBK from a birth day number and sex (BBB 000-499 male, 500-999 female). */
export function makeJmbg(rng: Rng, birthDay: number, female: boolean, country: JmbgCountry): string {
  const c = civilDate(birthDay);
  const head = `${pad(c.day, 2)}${pad(c.month, 2)}${pad(c.year % 1000, 3)}${UNUSED_REGION[country]}`;
  for (;;) {
    const serial = female ? rng.int(500, 999) : rng.int(0, 499);
    const first12 = `${head}${pad(serial, 3)}`;
    const check = jmbgCheckDigit(first12);
    // About one serial in eleven has no valid check digit; real registries skip those too.
    if (check !== null) return `${first12}${check}`;
  }
}

// Albanian personal number (NID): decade letter (A = 1900s ... J = 1990s, K = 2000s), last digit
// of the year, month (+50 for women), day, 3-digit serial and a check letter. The check-letter
// algorithm is not published (anonymisation.md), so the letter is arbitrary and detectors must
// validate format and date only.
const NID_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVW';

export function makeAlbanianNid(rng: Rng, birthDay: number, female: boolean): string {
  const c = civilDate(birthDay);
  const decadeLetter = NID_LETTERS.charAt(Math.floor((c.year - 1900) / 10));
  const month = female ? c.month + 50 : c.month;
  const serial = rng.int(1, 999);
  return `${decadeLetter}${c.year % 10}${pad(month, 2)}${pad(c.day, 2)}${pad(serial, 3)}${rng.pick([...NID_LETTERS])}`;
}

/** Format and date check for the Albanian NID (the only check possible, see above). */
export function isWellFormedAlbanianNid(value: string): boolean {
  const m = /^([A-W])(\d)(\d{2})(\d{2})\d{3}[A-W]$/.exec(value);
  if (!m) return false;
  const month = Number(m[3]) > 50 ? Number(m[3]) - 50 : Number(m[3]);
  const year = 1900 + NID_LETTERS.indexOf(m[1] ?? '') * 10 + Number(m[2]);
  const day = Number(m[4]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export type PhoneCountry = 'mk' | 'rs' | 'al' | 'me' | 'xk';

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

/** Mobile numbers in each country's written format (domain.md §6). */
export function makePhone(rng: Rng, country: PhoneCountry): string {
  switch (country) {
    case 'mk':
      return `+389 7${rng.pick(['0', '1', '2', '5', '6', '7', '8'])} ${digits(rng, 3)} ${digits(rng, 3)}`;
    case 'rs':
      return `+381 6${rng.pick(['0', '1', '2', '3', '4', '5', '6'])} ${digits(rng, 3)} ${digits(rng, 4)}`;
    case 'al':
      return `+355 6${rng.pick(['7', '8', '9'])} ${digits(rng, 3)} ${digits(rng, 4)}`;
    case 'me':
      return `+382 6${rng.pick(['7', '8', '9'])} ${digits(rng, 3)} ${digits(rng, 3)}`;
    case 'xk':
      return `+383 4${rng.pick(['4', '5', '9'])} ${digits(rng, 3)} ${digits(rng, 3)}`;
  }
}
