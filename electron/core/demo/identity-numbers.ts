// Personal numbers and phone numbers for synthetic persons.
//
// JMBG / EMBG: the anonymiser's detectors recognise citizen numbers by their mod-11 checksum
// (anonymisation.md T1/T2), so training data carries numbers with a VALID check digit built from
// the date of birth and sex. To keep them from ever being a real person's number (domain.md §6),
// the region digits are the unused code at the start of each republic's block (20 Montenegro,
// 40 North Macedonia, 70 Serbia): no registry office issues those. The check digit comes from
// the anonymiser's own check (shared/anonymise/jmbg.ts), so generator and detector agree.

import { jmbgCheckDigit } from '../../../shared/anonymise/jmbg';
import { civilDate } from './calendar';
import type { Rng } from './prng';

export type JmbgCountry = 'mk' | 'rs' | 'me';

const UNUSED_REGION: Readonly<Record<JmbgCountry, string>> = { me: '20', mk: '40', rs: '70' };

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
// validate format and date only (shared/anonymise/personal-numbers.ts).
const NID_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVW';

export function makeAlbanianNid(rng: Rng, birthDay: number, female: boolean): string {
  const c = civilDate(birthDay);
  const decadeLetter = NID_LETTERS.charAt(Math.floor((c.year - 1900) / 10));
  const month = female ? c.month + 50 : c.month;
  const serial = rng.int(1, 999);
  return `${decadeLetter}${c.year % 10}${pad(month, 2)}${pad(c.day, 2)}${pad(serial, 3)}${rng.pick([...NID_LETTERS])}`;
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
