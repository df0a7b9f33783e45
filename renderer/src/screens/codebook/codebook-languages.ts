// The codebook languages by their own names (endonyms). A language is always offered under the
// name its speakers read, whatever the interface language, so these are not interface strings.
import { CODEBOOK_LANGUAGES, type CodebookLanguage } from '../../../../shared/domain/enums';

export const CODEBOOK_LANGUAGE_NAMES: Readonly<Record<CodebookLanguage, string>> = {
  en: 'English',
  mk: 'Македонски',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  sq: 'Shqip',
};

export const CODEBOOK_LANGUAGE_OPTIONS = CODEBOOK_LANGUAGES.map((lng) => ({ value: lng, label: CODEBOOK_LANGUAGE_NAMES[lng], lang: lng }));

export function isCodebookLanguage(value: string): value is CodebookLanguage {
  return (CODEBOOK_LANGUAGES as readonly string[]).includes(value);
}
