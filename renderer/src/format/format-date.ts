// Dates in the interface language. Chromium (and so Electron) ships a trimmed ICU without
// Macedonian data, so Intl would silently fall back to American English there; where the
// locale is missing, Macedonian dates are written by hand in the usual administrative form,
// 23.11.2026 15:07.
import { intlLocale } from './locale';

const cache = new Map<string, Intl.DateTimeFormat | null>();

function intlFormatter(language: string, kind: 'dateTime' | 'time'): Intl.DateTimeFormat | null {
  const key = `${language}/${kind}`;
  if (!cache.has(key)) {
    // Cached: the case list formats a date in every visible row on each scroll.
    const locale = intlLocale(language);
    const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    cache.set(
      key,
      supported
        ? new Intl.DateTimeFormat(locale, kind === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'short' })
        : null,
    );
  }
  return cache.get(key) ?? null;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The hand-written form used when the runtime has no data for the locale. */
export function numericDateTime(date: Date, withDate: boolean): string {
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return withDate ? `${date.getDate()}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${time}` : time;
}

/** An ISO timestamp as local date and time; the raw text when it is not a timestamp. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return intlFormatter(language, 'dateTime')?.format(date) ?? numericDateTime(date, true);
}

export function formatTime(date: Date, language: string): string {
  return intlFormatter(language, 'time')?.format(date) ?? numericDateTime(date, false);
}
