// i18next with both languages bundled (nothing is fetched: the app is offline and the CSP
// has connect-src 'none'). The <html lang> and the window title follow the language; the
// title never names a case or a person (USERS.md: no names in window titles).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { mk } from './locales/mk';

export const resources = {
  en: { translation: en },
  mk: { translation: mk },
} as const;

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'mk'],
    // React escapes every interpolated value itself; case text is never parsed as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  i18next.on('languageChanged', applyDocumentLanguage);
  applyDocumentLanguage(i18next.language);
}
