// Grouped digits in the interface language: 10,000 in English, 10.000 in Macedonian. Where the
// runtime lacks Macedonian data (Chromium's trimmed ICU), the separators are set by hand.
import { intlLocale } from './locale';

/** Separators of the interface languages, for runtimes without their locale data. */
const SEPARATORS: Record<string, { group: string; decimal: string }> = {
  mk: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const cache = new Map<string, (value: number) => string>();

export function withSeparators(value: number, group: string, decimal: string): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
    .formatToParts(value)
    .map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? decimal : p.value))
    .join('');
}

export function formatNumber(value: number, language: string): string {
  let format = cache.get(language);
  if (!format) {
    const locale = intlLocale(language);
    const separators = SEPARATORS[language] ?? SEPARATORS.en;
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 || !separators) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      format = (v) => intl.format(v);
    } else {
      format = (v) => withSeparators(v, separators.group, separators.decimal);
    }
    cache.set(language, format);
  }
  return format(value);
}
