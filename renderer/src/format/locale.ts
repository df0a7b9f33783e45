import type { Settings } from '../../../shared/domain/vault-status';

export type UiLanguage = Settings['language'];
export const UI_LANGUAGES = ['en', 'mk'] as const satisfies readonly UiLanguage[];

/** The Intl locale of each interface language (British English: day-month-year dates). */
export function intlLocale(language: string): string {
  return language === 'mk' ? 'mk-MK' : 'en-GB';
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}
