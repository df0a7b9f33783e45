// Typed placeholders in the document's language (issue 6 item 3; anonymisation.md T6):
// [ЖРТВА-1] in Macedonian, [ŽRTVA-1] in Serbian Latin, [ЖРТВА-1] in Serbian Cyrillic,
// [VIKTIMA-1] in Albanian, [ŽRTVA-1]/[SVJEDOK-1] in Montenegrin, [VICTIM-1] in English.
// Persons are numbered, everything else is typed only ([ID], [PHONE], [DATE-OF-BIRTH], …).
// Numbering is per document and stable within it: a person the vault knows gets its ordinal in
// its role (victims V1, V2 … in code order → VICTIM-1, VICTIM-2, whatever order the text names
// them in); persons the vault does not know are [PERSON-n] in order of first mention, counted
// after the case's persons of role "other" (who are [PERSON-1] … themselves).

import type { PersonRole } from '../domain/enums';
import type { EntityKind, ScrubLanguage } from './types';

type Label = PersonRole | Exclude<EntityKind, 'person'>;

const LABELS: Readonly<Record<ScrubLanguage, Readonly<Record<Label, string>>>> = {
  en: {
    victim: 'VICTIM', defendant: 'DEFENDANT', witness: 'WITNESS', other: 'PERSON',
    id: 'ID', phone: 'PHONE', email: 'EMAIL', iban: 'IBAN', 'case-number': 'CASE-NUMBER', plate: 'PLATE',
    'date-of-birth': 'DATE-OF-BIRTH', address: 'ADDRESS',
  },
  mk: {
    victim: 'ЖРТВА', defendant: 'ОБВИНЕТ', witness: 'СВЕДОК', other: 'ЛИЦЕ',
    id: 'ЛИЧЕН-БРОЈ', phone: 'ТЕЛЕФОН', email: 'Е-ПОШТА', iban: 'IBAN', 'case-number': 'БРОЈ-НА-ПРЕДМЕТ', plate: 'ТАБЛИЧКИ',
    'date-of-birth': 'ДАТУМ-НА-РАЃАЊЕ', address: 'АДРЕСА',
  },
  'sr-Latn': {
    victim: 'ŽRTVA', defendant: 'OKRIVLJENI', witness: 'SVEDOK', other: 'LICE',
    id: 'LIČNI-BROJ', phone: 'TELEFON', email: 'E-POŠTA', iban: 'IBAN', 'case-number': 'BROJ-PREDMETA', plate: 'TABLICE',
    'date-of-birth': 'DATUM-ROĐENJA', address: 'ADRESA',
  },
  'sr-Cyrl': {
    victim: 'ЖРТВА', defendant: 'ОКРИВЉЕНИ', witness: 'СВЕДОК', other: 'ЛИЦЕ',
    id: 'ЛИЧНИ-БРОЈ', phone: 'ТЕЛЕФОН', email: 'Е-ПОШТА', iban: 'IBAN', 'case-number': 'БРОЈ-ПРЕДМЕТА', plate: 'ТАБЛИЦЕ',
    'date-of-birth': 'ДАТУМ-РОЂЕЊА', address: 'АДРЕСА',
  },
  cnr: {
    victim: 'ŽRTVA', defendant: 'OKRIVLJENI', witness: 'SVJEDOK', other: 'LICE',
    id: 'LIČNI-BROJ', phone: 'TELEFON', email: 'E-POŠTA', iban: 'IBAN', 'case-number': 'BROJ-PREDMETA', plate: 'TABLICE',
    'date-of-birth': 'DATUM-ROĐENJA', address: 'ADRESA',
  },
  sq: {
    victim: 'VIKTIMA', defendant: 'I-PANDEHURI', witness: 'DËSHMITARI', other: 'PERSONI',
    id: 'NUMRI-PERSONAL', phone: 'TELEFONI', email: 'EMAILI', iban: 'IBAN', 'case-number': 'NUMRI-I-ÇËSHTJES', plate: 'TARGA',
    'date-of-birth': 'DATËLINDJA', address: 'ADRESA',
  },
};

export function placeholderLabel(language: ScrubLanguage, label: Label): string {
  return LABELS[language][label];
}

export function personPlaceholder(language: ScrubLanguage, role: PersonRole, number: number): string {
  return `[${LABELS[language][role]}-${number}]`;
}

export function typePlaceholder(language: ScrubLanguage, kind: Exclude<EntityKind, 'person'>): string {
  return `[${LABELS[language][kind]}]`;
}

const ALL_LABELS = [...new Set(Object.values(LABELS).flatMap((labels) => Object.values(labels)))]
  .sort((a, b) => b.length - a.length)
  // Labels are capital letters and hyphens only: nothing to escape in a pattern.
  .join('|');

/** Exactly our own placeholders, in any language: the last-mile check does not read them as names. */
export const PLACEHOLDER = new RegExp(`\\[(?:${ALL_LABELS})(?:-\\d+)?\\]`, 'gu');
