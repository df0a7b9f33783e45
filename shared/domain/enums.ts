// The domain's value lists as plain constants, with no zod: the zod schemas of shared/domain
// build on them, and the renderer imports them directly (zod must stay out of its bundle: its
// JIT probes `new Function`, which the CSP forbids).

export const CASE_STATUSES = ['not_started', 'in_progress', 'coded', 'verified'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_SORT_KEYS = ['ref', 'title', 'status', 'country', 'updatedAt', 'createdAt'] as const;
export type CaseSortKey = (typeof CASE_SORT_KEYS)[number];

export const PERSON_ROLES = ['victim', 'defendant', 'witness', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const DOCUMENT_KINDS = [
  'criminal_complaint',
  'official_note',
  'statement_record',
  'indictment',
  'trial_minutes',
  'first_instance_judgment',
  'appeal_judgment',
  'supreme_court_decision',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Languages the default codebook is translated into; chosen apart from the interface language. */
export const CODEBOOK_LANGUAGES = ['en', 'mk', 'sr-Latn', 'sr-Cyrl', 'sq'] as const;
export type CodebookLanguage = (typeof CODEBOOK_LANGUAGES)[number];
