import { describe, expect, it } from 'vitest';
import { formatDateTime, numericDateTime } from '../../../renderer/src/format/format-date';
import { formatNumber, withSeparators } from '../../../renderer/src/format/format-number';
import { intlLocale, isUiLanguage } from '../../../renderer/src/format/locale';

describe('formatters', () => {
  it('groups digits the way each language writes them', () => {
    expect(formatNumber(10_000, 'en')).toBe('10,000');
    expect(formatNumber(10_000, 'mk')).toBe('10.000');
    // The hand-made form used where the runtime has no Macedonian data (Chromium, Electron).
    expect(withSeparators(12_345.5, '.', ',')).toBe('12.345,5');
  });

  it('writes the Macedonian fallback date as 23.11.2026 15:07', () => {
    const date = new Date(2026, 10, 23, 15, 7);
    expect(numericDateTime(date, true)).toBe('23.11.2026 15:07');
    expect(numericDateTime(date, false)).toBe('15:07');
  });

  it('keeps a value that is not a timestamp as it is', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('maps interface languages to their locales', () => {
    expect(intlLocale('mk')).toBe('mk-MK');
    expect(intlLocale('en')).toBe('en-GB');
    expect(isUiLanguage('mk')).toBe(true);
    expect(isUiLanguage('sr')).toBe(false);
  });
});
