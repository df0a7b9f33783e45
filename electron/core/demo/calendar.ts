// Calendar arithmetic on plain day numbers (days since 1970-01-01). Integer arithmetic keeps the
// generator free of Date objects and time zones, so output cannot depend on the machine.

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilDate(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`, the interchange date form. */
export function isoDate(days: number): string {
  const c = civilDate(days);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** `YYYY-MM`, for coded periods that are only known to the month. */
export function isoMonth(days: number): string {
  const c = civilDate(days);
  return `${pad(c.year, 4)}-${pad(c.month)}`;
}

/** `DD.MM.YYYY`, the form all four countries use in court documents. */
export function dottedDate(days: number): string {
  const c = civilDate(days);
  return `${pad(c.day)}.${pad(c.month)}.${c.year}`;
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function englishDate(days: number): string {
  const c = civilDate(days);
  return `${c.day} ${EN_MONTHS[c.month - 1] ?? ''} ${c.year}`;
}

export function englishMonth(days: number): string {
  const c = civilDate(days);
  return `${EN_MONTHS[c.month - 1] ?? ''} ${c.year}`;
}

/** Two-digit year used in case numbers (`К-9041/21`). */
export function shortYear(days: number): string {
  return pad(civilDate(days).year % 100);
}

export function yearOf(days: number): number {
  return civilDate(days).year;
}

/** Whole years between two day numbers (age on a date). */
export function yearsBetween(from: number, to: number): number {
  const a = civilDate(from);
  const b = civilDate(to);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years--;
  return years;
}
