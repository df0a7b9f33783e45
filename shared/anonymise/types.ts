// The vocabulary of the text scrubber (issue 6 item 3): what it finds, in which languages it
// writes placeholders, and what it reports back. Pure and zod-free, so the export wizard's
// preview can import it in the renderer (the renderer's CSP forbids zod's eval).

import type { Person } from '../domain/person';

/** What a scrubbed span was. Persons carry a vault person id when the vault knows them. */
export const ENTITY_KINDS = ['person', 'id', 'phone', 'email', 'iban', 'case-number', 'plate', 'date-of-birth', 'address'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Languages placeholders are written in (domain.md §6: the five languages and scripts, plus English). */
export const SCRUB_LANGUAGES = ['mk', 'sr-Latn', 'sr-Cyrl', 'sq', 'cnr', 'en'] as const;
export type ScrubLanguage = (typeof SCRUB_LANGUAGES)[number];

/**
 * What the scrubber needs of a vault person: the exporter passes `Person` rows as they are.
 * Every string here is personal data; none of it is ever copied into a result.
 */
export type ScrubPerson = Pick<
  Person,
  'id' | 'role' | 'code' | 'fullName' | 'aliases' | 'dateOfBirth' | 'idNumbers' | 'addresses' | 'phones' | 'emails' | 'otherIdentifiers'
>;

/**
 * How sure a detector is. `high` hits are the ones the last-mile check blocks on
 * (anonymisation.md T7: known-party variants, checksum-valid numbers, phones, e-mails);
 * `low` hits come from context heuristics and are shown for review.
 */
export type Confidence = 'high' | 'low';

/** Which rule found a span; the preview shows it next to the highlight. */
export type DetectorId =
  | 'vault-name'
  | 'vault-identifier'
  | 'vault-phone'
  | 'vault-email'
  | 'vault-address'
  | 'vault-date-of-birth'
  | 'role-word-name'
  | 'repeated-name'
  | 'jmbg-checksum'
  | 'jmbg-context'
  | 'albanian-personal-number'
  | 'document-number-context'
  | 'phone'
  | 'email'
  | 'iban'
  | 'bank-account'
  | 'case-number'
  | 'licence-plate'
  | 'date-of-birth-context'
  | 'street-address';

/** A span found in a text. Offsets are UTF-16 code units (JavaScript string indices), end exclusive. */
export interface Detection {
  kind: EntityKind;
  start: number;
  end: number;
  /** The vault person this span belongs to, or null when the vault does not know it. */
  personId: string | null;
  detector: DetectorId;
  confidence: Confidence;
  /** For names the vault does not know: a key that is equal for every mention of one person. */
  unknownPersonKey?: string;
}

/**
 * One removed span. `start`/`end` are UTF-16 offsets in the input and `outputStart`/`outputEnd`
 * in the scrubbed text (what a preview highlights); `startCodePoint`/`endCodePoint` are the same
 * input span in Unicode code points, the unit of the case interchange format's anchors.
 */
export interface Replacement extends Detection {
  placeholder: string;
  startCodePoint: number;
  endCodePoint: number;
  outputStart: number;
  outputEnd: number;
}

/** Something the caller should know about a scrub, e.g. to warn before an export. */
export interface ScrubWarning {
  code: 'unexpected-script';
  /** Unicode script names of letters the name matchers do not read (Greek, Arabic, …). */
  scripts: string[];
}

export interface ScrubResult {
  text: string;
  /** The language placeholders were written in (given, or detected when unknown). */
  language: ScrubLanguage;
  replacements: Replacement[];
  warnings: ScrubWarning[];
}

/** A vault value the scrubber could not use, reported so the export's report can say so. */
export interface SkippedValue {
  personId: string;
  field: 'fullName' | 'aliases' | 'idNumbers' | 'addresses' | 'phones' | 'emails' | 'otherIdentifiers' | 'dateOfBirth';
  reason: 'too-short' | 'no-digits' | 'not-a-date';
}
