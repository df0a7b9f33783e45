// The shared enums, re-listed as plain arrays: the shared modules that define them also build
// zod schemas, and zod must stay out of the renderer bundle (its JIT probes `new Function`,
// which the CSP forbids). `exhaustive` makes a forgotten or extra value a compile error.
import type { CaseStatus } from '../../../shared/domain/case';
import type { DocumentKind } from '../../../shared/domain/document';
import type { PersonRole } from '../../../shared/domain/person';
import type { Person } from '../../../shared/domain/person';

type Exhaustive<T extends string, A extends readonly T[]> = [T] extends [A[number]] ? A : never;

function exhaustive<T extends string>() {
  return <const A extends readonly T[]>(values: Exhaustive<T, A>): A => values;
}

export const CASE_STATUSES = exhaustive<CaseStatus>()(['not_started', 'in_progress', 'coded', 'verified']);

export type CaseSortKey = 'ref' | 'title' | 'status' | 'country' | 'updatedAt' | 'createdAt';

export const PERSON_ROLES = exhaustive<PersonRole>()(['victim', 'defendant', 'witness', 'other']);

export type Sex = NonNullable<Person['sex']>;
export const SEXES = exhaustive<Sex>()(['female', 'male', 'other', 'unknown']);

export const DOCUMENT_KINDS = exhaustive<DocumentKind>()([
  'criminal_complaint',
  'official_note',
  'statement_record',
  'indictment',
  'trial_minutes',
  'first_instance_judgment',
  'appeal_judgment',
  'supreme_court_decision',
  'other',
]);

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
