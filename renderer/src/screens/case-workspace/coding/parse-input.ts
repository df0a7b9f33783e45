// What a reviewer types into a number, duration or date field, turned into a coded value or
// a reason it is not one. Court files in the region write dates as 31.02.2021 and decimals
// with a comma; both are understood, and an impossible date is refused, never corrected.
import { UNKNOWN_VALUE } from '../../../../../shared/codebook/validate-value';
import { isValidPartialDate } from '../../../../../shared/text/partial-date';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: 'not_a_number' | 'not_a_date' | 'impossible_date' };

const UNKNOWN_WORDS = new Set(['?', 'unknown', 'непознато', 'nepoznato', 'e panjohur']);

function isUnknownWord(text: string): boolean {
  return UNKNOWN_WORDS.has(text.trim().toLowerCase());
}

/** "1 234,5", "1,234.5", "54" → a number; "" → null (clear); "?" → unknown. */
export function parseNumberInput(text: string): Parsed<number | typeof UNKNOWN_VALUE> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (isUnknownWord(trimmed)) return { ok: true, value: UNKNOWN_VALUE };
  let compact = trimmed.replace(/[\s\u00a0\u202f']/g, '');
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  // The later of , and . is the decimal mark; the other one groups thousands.
  if (lastComma > lastDot) compact = compact.replace(/\./g, '').replace(',', '.');
  else compact = compact.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return { ok: false, reason: 'not_a_number' };
  return { ok: true, value: Number(compact) };
}

/**
 * ISO (2021, 2021-03, 2021-03-15) or the regional forms (15.03.2021, 15. 3. 2021., 03.2021,
 * 3/2021, 15/03/2021) → "YYYY[-MM[-DD]]"; "" → null; "?" → unknown.
 */
export function parseDateInput(text: string): Parsed<string> {
  const trimmed = text.trim().replace(/\.$/, '');
  if (trimmed === '') return { ok: true, value: null };
  if (isUnknownWord(trimmed)) return { ok: true, value: UNKNOWN_VALUE };
  let iso: string | null = null;
  const pad = (n: string) => n.padStart(2, '0');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(trimmed))) {
    iso = m[1] + (m[2] ? `-${pad(m[2])}` : '') + (m[3] ? `-${pad(m[3])}` : '');
  } else if ((m = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$/.exec(trimmed))) {
    iso = `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`;
  } else if ((m = /^(\d{1,2})\s*[./]\s*(\d{4})$/.exec(trimmed))) {
    iso = `${m[2]}-${pad(m[1] ?? '')}`;
  }
  if (iso === null) return { ok: false, reason: 'not_a_date' };
  if (!isValidPartialDate(iso)) return { ok: false, reason: 'impossible_date' };
  return { ok: true, value: iso };
}
