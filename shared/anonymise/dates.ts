// Calendar dates in every way the files write them (anonymisation.md §4 "Dates are written
// many ways"): 15.03.1990, 15.3.1990., 15. 03. 1990, 15/03/1990, 15-03-1990, 1990-03-15,
// 15.III.1990, 15. III 1990, 15 март 1990, 15. marta 1990, 15. марта 1990, 15 mars 1990,
// 15 March 1990, March 15, 1990, 15th of March 1990, and month and year alone (март 1990).
// This module only reads dates; date-of-birth.ts decides which of them are dates of birth.

export interface DateMention {
  start: number;
  end: number;
  year: number;
  month: number;
  /** null for "March 1990" (month precision). */
  day: number | null;
}

/** Month names and their inflected forms per language, January first. */
const MONTHS: readonly (readonly string[])[] = [
  ['јануари', 'јануар', 'јануара', 'januar', 'januara', 'janar', 'janarit', 'january', 'jan', 'siječnja', 'sijecnja', 'siječanj'],
  ['февруари', 'фебруар', 'фебруара', 'februar', 'februara', 'shkurt', 'shkurtit', 'february', 'feb', 'veljače', 'veljace', 'veljača'],
  ['март', 'марта', 'mart', 'marta', 'mars', 'marsit', 'march', 'mar', 'ožujka', 'ozujka', 'ožujak'],
  ['април', 'априла', 'april', 'aprila', 'prill', 'prillit', 'apr', 'travnja', 'travanj'],
  ['мај', 'маја', 'maj', 'maja', 'majit', 'may', 'svibnja', 'svibanj'],
  ['јуни', 'јун', 'јуна', 'jun', 'juna', 'juni', 'qershor', 'qershorit', 'june', 'lipnja', 'lipanj'],
  ['јули', 'јул', 'јула', 'jul', 'jula', 'juli', 'korrik', 'korrikut', 'july', 'srpnja', 'srpanj'],
  ['август', 'августа', 'avgust', 'avgusta', 'august', 'augusta', 'gusht', 'gushtit', 'aug', 'kolovoza', 'kolovoz'],
  ['септември', 'септембар', 'септембра', 'septembar', 'septembra', 'shtator', 'shtatorit', 'september', 'sep', 'sept', 'rujna', 'rujan'],
  ['октомври', 'октобар', 'октобра', 'oktobar', 'oktobra', 'tetor', 'tetorit', 'october', 'oct', 'listopada', 'listopad'],
  ['ноември', 'новембар', 'новембра', 'novembar', 'novembra', 'nëntor', 'nentor', 'nëntorit', 'nentorit', 'november', 'nov', 'studenoga', 'studenog', 'studeni'],
  ['декември', 'децембар', 'децембра', 'decembar', 'decembra', 'dhjetor', 'dhjetorit', 'december', 'dec', 'prosinca', 'prosinac'],
];

const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, i + 1)));
const MONTH_NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN_NAMES = [...ROMAN].sort((a, b) => b.length - a.length).join('|');

const DAY = String.raw`(?<day>0?[1-9]|[12]\d|3[01])`;
const YEAR = String.raw`(?<year>(?:19|20)\d\d|\d\d)`;
const FULL_YEAR = String.raw`(?<year>(?:19|20)\d\d)`;
// Every date starts with a digit: the look-ahead fails fast on the letters in between.
const B = String.raw`(?=\d)(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

const PATTERNS: readonly RegExp[] = [
  // 15.03.1990, 15. 03. 1990., 15/03/1990, 15-03-1990 (one separator kind throughout)
  new RegExp(String.raw`${B}${DAY}(?<sep>[./-])\s?(?<month>0?[1-9]|1[0-2])\k<sep>\s?${YEAR}\.?${E}`, 'gu'),
  // 1990-03-15
  new RegExp(String.raw`${B}${FULL_YEAR}-(?<month>0[1-9]|1[0-2])-${DAY}${E}`, 'gu'),
  // 15.III.1990, 15. III 1990, 15-III-1990
  new RegExp(String.raw`${B}${DAY}[.\-]?\s?(?<roman>${ROMAN_NAMES})(?:[.\-]\s?|\s)${YEAR}\.?${E}`, 'gu'),
  // 15 март 1990, 15. marta 1990., 15th of March, 1990
  new RegExp(String.raw`${B}${DAY}(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?<name>${MONTH_NAMES})\.?,?\s+${FULL_YEAR}\.?${E}`, 'giu'),
];
// Month-first forms are matched from their digits, with the month name in a look-behind: a
// pattern starting with ~170 month names would be tried at every letter of the text.
const MONTH_FIRST: readonly RegExp[] = [
  // March 15, 1990
  new RegExp(String.raw`(?=\d)(?<=(?<![\p{L}\p{N}])(?<name>${MONTH_NAMES})\.?\s+)${DAY}(?:st|nd|rd|th)?,?\s+${FULL_YEAR}${E}`, 'dgiu'),
];
// март 1990, March 1990 (month precision; only the other patterns' leftovers)
const MONTH_YEAR = new RegExp(String.raw`(?=\d)(?<=(?<![\p{L}\p{N}])(?<name>${MONTH_NAMES})\.?,?\s+)${FULL_YEAR}\.?${E}`, 'dgiu');

function fullYear(written: string): number {
  if (written.length === 4) return Number(written);
  const two = Number(written);
  // Two-digit years in case files are births of the last century or this one.
  return two <= 30 ? 2000 + two : 1900 + two;
}

function monthOf(groups: Record<string, string | undefined>): number {
  if (groups['month'] !== undefined) return Number(groups['month']);
  if (groups['roman'] !== undefined) return ROMAN.indexOf(groups['roman']) + 1;
  return MONTH_OF.get((groups['name'] ?? '').toLowerCase()) ?? 0;
}

/** Every date in `text`, earliest first; overlapping readings keep the longest. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && a < e);
  const collect = (pattern: RegExp, withDay: boolean): void => {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups ?? {};
      // Month-first matches begin at the month name in the look-behind.
      const start = m.indices?.groups?.['name']?.[0] ?? m.index;
      const end = m.index + m[0].length;
      const month = monthOf(g);
      if (month < 1 || overlaps(start, end)) continue;
      const day = withDay ? Number(g['day']) : null;
      found.push({ start, end, year: fullYear(g['year'] ?? ''), month, day });
      taken.push([start, end]);
    }
  };
  for (const pattern of PATTERNS) collect(pattern, true);
  for (const pattern of MONTH_FIRST) collect(pattern, true);
  collect(MONTH_YEAR, false);
  return found.sort((a, b) => a.start - b.start);
}
