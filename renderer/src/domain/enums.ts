// The domain's value lists come from shared/domain/enums (zod-free, so they may enter the
// renderer bundle); what is listed here exists only for the interface.
export { CASE_STATUSES, PERSON_ROLES, SEXES, DOCUMENT_KINDS, type CaseSortKey, type Sex } from '../../../shared/domain/enums';

/** The four countries of the reviews (codebook field case_overview/country). */
export const COUNTRIES = ['mk', 'rs', 'al', 'me'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Languages a court document is usually written in, as BCP 47 tags. */
export const DOCUMENT_LANGUAGES = ['mk', 'sq', 'sr', 'cnr', 'bs', 'hr', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export function isCountry(value: string | null): value is Country {
  return value !== null && (COUNTRIES as readonly string[]).includes(value);
}

export function isDocumentLanguage(value: string | null): value is DocumentLanguage {
  return value !== null && (DOCUMENT_LANGUAGES as readonly string[]).includes(value);
}
