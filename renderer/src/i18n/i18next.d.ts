// Typed translation keys: t('caseList.titel') is a compile error, and so is a key that only
// one language has (mk.ts is typed by en.ts).
import 'i18next';
import type { Messages } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
