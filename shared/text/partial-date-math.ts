// Arithmetic on partial dates ("YYYY", "YYYY-MM", "YYYY-MM-DD"), already validated.

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function partialDatePrecision(text: string): DatePrecision | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  return m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

/**
 * Compares two dates at their common precision: 2021-03 and 2021-03-15 are equal, because
 * a month-precise date may be any day of that month (never an order violation by itself).
 */
export function comparePartialDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

function parts(text: string): [number, number, number] {
  const [y, m, d] = text.split('-');
  return [Number(y), m === undefined ? 1 : Number(m), d === undefined ? 1 : Number(d)];
}

/** Days from `from` to `to`; a missing day counts as the first of the month. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Whole months from `from` to `to` (a month not yet completed by the day does not count). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const months = (y2 - y1) * 12 + (m2 - m1);
  return d2 < d1 ? months - 1 : months;
}
