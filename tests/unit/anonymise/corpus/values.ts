// Synthetic values of every kind of personal data the recognisers must find, written in the
// forms the files use (anonymisation.md §4, domain.md §6). Check digits are computed here from
// the published algorithms, independently of the scrubber.

import type { Rng } from '../../../../electron/core/demo/prng';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

export function birthDate(rng: Rng): BirthDate {
  return { year: rng.int(1960, 2007), month: rng.int(1, 12), day: rng.int(1, 28) };
}

function jmbgCheck(first12: string): number {
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first12.charAt(i)), 0);
  const m = 11 - (sum % 11);
  return m === 11 ? 0 : m;
}

/** A JMBG with a valid check digit (DDMMYYY RR BBB K); `valid` false breaks the check digit. */
export function jmbg(rng: Rng, date: BirthDate, valid: boolean): string {
  for (;;) {
    const head = `${pad(date.day, 2)}${pad(date.month, 2)}${pad(date.year % 1000, 3)}${pad(rng.int(10, 99), 2)}${pad(rng.int(0, 999), 3)}`;
    const check = jmbgCheck(head);
    if (check === 10) continue;
    return `${head}${valid ? check : (check + rng.int(1, 9)) % 10}`;
  }
}

/** Albanian personal number: decade letter, year digit, month (+50 women), day, serial, letter. */
export function albanianNid(rng: Rng, date: BirthDate, female: boolean): string {
  const letter = 'ABCDEFGHIJKLMNOPQRSTUVW'.charAt(Math.floor((date.year - 1900) / 10));
  return `${letter}${date.year % 10}${pad(female ? date.month + 50 : date.month, 2)}${pad(date.day, 2)}${digits(rng, 3)}${rng.pick([...'ABCDEFGHIJKLMNOPQRSTUVW'])}`;
}

/** Phone numbers in the written forms of each country. */
export function phone(rng: Rng): string {
  const forms: (() => string)[] = [
    () => `+389 7${rng.int(0, 8)} ${digits(rng, 3)} ${digits(rng, 3)}`,
    () => `07${rng.int(0, 8)} ${digits(rng, 3)} ${digits(rng, 3)}`,
    () => `07${rng.int(0, 8)}/${digits(rng, 3)}-${digits(rng, 3)}`,
    () => `(07${rng.int(0, 8)}) ${digits(rng, 3)}-${digits(rng, 3)}`,
    () => `00389 7${rng.int(0, 8)} ${digits(rng, 6)}`,
    () => `+381 6${rng.int(0, 6)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `06${rng.int(0, 6)}/${digits(rng, 3)}-${digits(rng, 4)}`,
    () => `00381 6${rng.int(0, 6)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `+355 6${rng.int(7, 9)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `+355 (0)6${rng.int(7, 9)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `06${rng.int(7, 9)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    () => `+382 6${rng.int(7, 9)} ${digits(rng, 3)} ${digits(rng, 3)}`,
    () => `06${rng.int(7, 9)}-${digits(rng, 3)}-${digits(rng, 3)}`,
    () => `+383 4${rng.pick(['4', '5', '9'])} ${digits(rng, 3)} ${digits(rng, 3)}`,
    () => `04${rng.pick(['4', '5', '9'])} ${digits(rng, 3)} ${digits(rng, 3)}`,
    () => `+377 44 ${digits(rng, 3)} ${digits(rng, 3)}`,
    () => `+39 3${digits(rng, 2)} ${digits(rng, 7)}`,
    () => `+389-7${rng.int(0, 8)}-${digits(rng, 3)}-${digits(rng, 3)}`,
    () => `07${rng.int(0, 8)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`,
    () => `+381.6${rng.int(0, 6)}.${digits(rng, 3)}.${digits(rng, 4)}`,
  ];
  return rng.pick(forms)();
}

/** A landline written locally; only recognisable after a phone word (тел., tel.). */
export function landline(rng: Rng): string {
  return rng.pick([`02 ${digits(rng, 4)} ${digits(rng, 3)}`, `011 ${digits(rng, 3)} ${digits(rng, 4)}`, `04 ${digits(rng, 3)} ${digits(rng, 4)}`, `020 ${digits(rng, 3)} ${digits(rng, 3)}`]);
}

export function email(rng: Rng): string {
  const user = rng.pick(['ana', 'dragan', 'ilir', 'mimi', 'boss', 'kontakt', 'petrovski', 'sara.m', 'arta_k', 'dj.marko']);
  return `${user}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 't-home.mk', 'mts.rs', 'abcom.al', 'mail.me'])}`;
}

const IBAN_BBAN: Readonly<Record<string, number>> = { MK: 15, RS: 18, AL: 24, ME: 18, XK: 16, DE: 18, IT: 23 };

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** A checksum-valid IBAN, compact or grouped by four. */
export function iban(rng: Rng, grouped: boolean): string {
  const country = rng.pick(Object.keys(IBAN_BBAN));
  const bban = digits(rng, IBAN_BBAN[country] ?? 16);
  const letters = Array.from(country, (c) => String(c.charCodeAt(0) - 55)).join('');
  const check = pad(98 - mod97(`${bban}${letters}00`), 2);
  const compact = `${country}${check}${bban}`;
  return grouped ? compact.replace(/(.{4})/g, '$1 ').trim() : compact;
}

export function bankAccount(rng: Rng): string {
  return rng.pick([`${digits(rng, 3)}-${digits(rng, 13)}-${digits(rng, 2)}`, `${digits(rng, 3)}-${digits(rng, 10)}-${digits(rng, 2)}`]);
}

/** Case numbers in the national formats (domain.md §6.1), test-range serials. */
export function caseNumber(rng: Rng, language: string): string {
  const serial = rng.int(9000, 9999);
  const yy = pad(rng.int(10, 25), 2);
  const yyyy = `20${yy}`;
  const byLanguage: Record<string, string[]> = {
    mk: [`К-${serial}/${yy}`, `К.бр. ${serial}/${yy}`, `КОК-${serial}/${yy}`, `КЖ-${serial}/${yy}`, `КОКЖ-${serial}/${yy}`, `КО.бр. ${serial}/${yy}`],
    sr: [`K ${serial}/${yy}`, `K.Po1 ${serial}/${yy}`, `Kž1 ${serial}/${yy}`, `Kž1 Po1 ${serial}/${yy}`, `Kzz ${serial}/${yyyy}`, `KT ${serial}/${yy}`, `KTO ${serial}/${yy}`, `K-${serial}/${yyyy}`, `KO ${serial}/${yyyy}`],
    cnr: [`K. ${serial}/${yy}`, `K ${serial}/${yy}`, `Kž ${serial}/${yy}`, `Kt. ${serial}/${yy}`, `Kt-S ${serial}/${yy}`],
    sq: [`PP nr. ${serial}/${yyyy}`, `P.nr. ${serial}/${yyyy}`, `PKR ${serial}/${yy}`],
    en: [`K ${serial}/${yy}`, `KOK-${serial}/${yy}`, `Kž1 ${serial}/${yy}`, `PP nr. ${serial}/${yyyy}`],
  };
  return rng.pick(byLanguage[language] ?? byLanguage['en'] ?? []);
}

/** Licence plates of the region. */
export function plate(rng: Rng, cyrillic: boolean): string {
  const letters = (n: number): string => Array.from({ length: n }, () => rng.pick([...'ABCEHKMTXZ'])).join('');
  const forms = [
    () => `${rng.pick(['SK', 'KU', 'BT', 'TE', 'OH'])}-${rng.int(1000, 9999)}-${letters(2)}`,
    () => `${rng.pick(['SK', 'BT'])} ${rng.int(1000, 9999)} ${letters(2)}`,
    () => `${rng.pick(['BG', 'NS', 'NI', 'KG'])} ${rng.int(100, 999)}-${letters(2)}`,
    () => `${rng.pick(['BG', 'NS'])}-${rng.int(1000, 9999)}-${letters(2)}`,
    () => `${rng.pick(['AA', 'AB', 'AC'])} ${rng.int(100, 999)} ${letters(2)}`,
    () => `${rng.pick(['PG', 'NK', 'BR'])} ${letters(2)}${rng.int(100, 999)}`,
    () => `${pad(rng.int(1, 7), 2)}-${rng.int(100, 999)}-${letters(2)}`,
  ];
  const value = rng.pick(forms)();
  if (!cyrillic) return value;
  const toCyr: Record<string, string> = { A: 'А', B: 'Б', C: 'Ц', E: 'Е', H: 'Х', K: 'К', M: 'М', T: 'Т', X: 'Х', Z: 'З', S: 'С', U: 'У', O: 'О', N: 'Н', I: 'И', G: 'Г', P: 'П', R: 'Р' };
  return /^[A-Z]{2}[ -]\d/.test(value) ? Array.from(value, (c) => toCyr[c] ?? c).join('') : value;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  mk: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  sr: ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  cnr: ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A date in one of the written forms of the language. */
export function writtenDate(rng: Rng, date: BirthDate, language: string): string {
  const { year, month, day } = date;
  const months = MONTHS[language] ?? MONTHS['en'] ?? [];
  const name = months[month - 1] ?? '';
  const forms = [
    `${pad(day, 2)}.${pad(month, 2)}.${year}`,
    `${day}.${month}.${year}`,
    `${pad(day, 2)}/${pad(month, 2)}/${year}`,
    `${day}.${ROMAN[month - 1] ?? ''}.${year}`,
    `${day}. ${ROMAN[month - 1] ?? ''} ${year}`,
    language === 'en' ? rng.pick([`${day} ${name} ${year}`, `${name} ${day}, ${year}`]) : language === 'sq' || language === 'mk' ? `${day} ${name} ${year}` : `${day}. ${name} ${year}`,
    `${year}-${pad(month, 2)}-${pad(day, 2)}`,
  ];
  return rng.pick(forms);
}
