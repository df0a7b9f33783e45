// The text de-identification engine of the anonymised export (issue 6 item 3). Built once per
// case from what the vault knows of its persons, it removes from any text of that case:
// - every name, alias, ID number, address, phone, e-mail, other identifier and date of birth of
//   the case's persons, in every form (known-names.ts, known-identifiers.ts, known-addresses.ts,
//   date-of-birth.ts);
// - what the vault does not know: citizen numbers with a valid checksum, personal and document
//   numbers, phones, e-mails, IBANs and accounts, case numbers, plates, dates of birth, street
//   addresses, and names next to role words with their later mentions (the recogniser modules);
// and writes typed placeholders in the document's language (placeholders.ts).
//
// Promises: the output differs from the input only inside the reported replacements; spans
// never overlap; the same person gets the same placeholder everywhere in one document; nothing
// of the removed text is kept in the result (the replacements carry offsets, never the words).
// `findIdentifiers` runs the same detectors without replacing, skipping our own placeholders:
// the export's last-mile check calls it on every output (anonymisation.md T7: a high-confidence
// hit blocks the export; low-confidence hits are heuristics shown for review).

import { findStreetAddresses } from './addresses';
import { findCaseNumbers } from './case-numbers';
import { findDatesOfBirth, parseBirthDate, type KnownBirthDate } from './date-of-birth';
import { detectLanguage, languageFromTag, scriptWarnings } from './detect-language';
import { findEmails } from './email';
import { findIbans } from './iban';
import { findJmbgs } from './jmbg';
import { KnownAddresses } from './known-addresses';
import { KnownIdentifiers } from './known-identifiers';
import { KnownNames } from './known-names';
import { findPersonalNumbers } from './personal-numbers';
import { findPhoneNumbers } from './phone-numbers';
import { PLACEHOLDER, personPlaceholder, typePlaceholder } from './placeholders';
import { findPlates } from './plates';
import { resolveOverlaps } from './resolve-overlaps';
import { tokenize, type Token } from './tokenize';
import type { Detection, Replacement, ScrubLanguage, ScrubPerson, ScrubResult, SkippedValue } from './types';
import { UnknownNames } from './unknown-names';
import { PERSON_ROLES, type PersonRole } from '../domain/enums';
import { codePointLength } from '../text/code-points';

export interface ScrubOptions {
  /** The document's language tag as the vault holds it; detected from the text when unknown. */
  language?: string | null;
}

export interface CaseScrubber {
  scrub(text: string, options?: ScrubOptions): ScrubResult;
  /** Every identifier still in `text` (the last-mile check), in text order, placeholders skipped. */
  findIdentifiers(text: string): Detection[];
  /** Vault values the scrubber could not use (too short to identify anyone, not a date). */
  readonly skipped: readonly SkippedValue[];
}

interface PlacedPerson {
  person: ScrubPerson;
  /** Ordinal within the role: V1 → 1, V2 → 2 (code order). */
  number: number;
}

/** Victims first, then defendants, witnesses, others; within a role by code, numbers numerically (V2 before V10). */
const CODE_ORDER = new Intl.Collator('en', { numeric: true });

function placePersons(persons: readonly ScrubPerson[]): PlacedPerson[] {
  const collator = CODE_ORDER;
  const sorted = persons
    .map((person, input) => ({ person, input }))
    .sort((a, b) =>
      PERSON_ROLES.indexOf(a.person.role) - PERSON_ROLES.indexOf(b.person.role) ||
      collator.compare(a.person.code, b.person.code) ||
      a.input - b.input,
    );
  const counts = new Map<PersonRole, number>();
  return sorted.map(({ person }) => {
    const number = (counts.get(person.role) ?? 0) + 1;
    counts.set(person.role, number);
    return { person, number };
  });
}

function nameSkips(person: ScrubPerson): SkippedValue[] {
  const skipped: SkippedValue[] = [];
  const usable = (name: string): boolean => /[\p{L}\p{M}]{2}/u.test(name);
  if (person.fullName !== null && person.fullName.trim() !== '' && !usable(person.fullName)) {
    skipped.push({ personId: person.id, field: 'fullName', reason: 'too-short' });
  }
  for (const alias of person.aliases) {
    // A lone initial ("И.") is used as an initial; only a value with no letter at all is useless.
    if (!/\p{L}/u.test(alias)) skipped.push({ personId: person.id, field: 'aliases', reason: 'too-short' });
  }
  return skipped;
}

export function createScrubber(persons: readonly ScrubPerson[]): CaseScrubber {
  const placed = placePersons(persons);
  const byId = new Map(placed.map((p) => [p.person.id, p]));
  const identifiers = new KnownIdentifiers(placed.map(({ person }) => person));
  const names = new KnownNames(
    placed.map(({ person }) => ({
      id: person.id,
      names: [
        ...(person.fullName === null ? [] : [person.fullName]),
        ...person.aliases,
        ...identifiers.wordIdentifiers.filter((w) => w.personId === person.id).map((w) => w.value),
      ],
    })),
  );
  const addresses = new KnownAddresses(placed.map(({ person }) => person));
  const birthDates: KnownBirthDate[] = [];
  const skipped: SkippedValue[] = [...identifiers.skipped];
  for (const { person } of placed) {
    skipped.push(...nameSkips(person));
    const date = parseBirthDate(person.dateOfBirth);
    if (date) birthDates.push({ personId: person.id, ...date });
    else if (person.dateOfBirth !== null && !/^\d{4}(?:-\d{2})?$/.test(person.dateOfBirth)) {
      skipped.push({ personId: person.id, field: 'dateOfBirth', reason: 'not-a-date' });
    }
  }
  for (const s of addresses.skipped) skipped.push({ personId: s.personId, field: 'addresses', reason: 'too-short' });
  const otherCount = placed.filter((p) => p.person.role === 'other').length;

  function detect(text: string): Detection[] {
    const inProtected = protectedRanges(text);
    const tokens = inProtected ? tokenize(text).filter((t) => !inProtected(t.start, t.end)) : tokenize(text);

    const known = [...names.find(text, tokens), ...identifiers.find(text, tokens), ...addresses.find(text, tokens)];
    const covered = coveredTokens(tokens, known);
    const found = [
      ...known,
      ...findJmbgs(text),
      ...findPersonalNumbers(text),
      ...findPhoneNumbers(text),
      ...findEmails(text),
      ...findIbans(text),
      ...findCaseNumbers(text),
      ...findPlates(text),
      ...findDatesOfBirth(text, birthDates),
      ...findStreetAddresses(text, tokens),
      ...new UnknownNames().find(text, tokens, covered),
    ];
    const usable = inProtected ? found.filter((d) => !inProtected(d.start, d.end)) : found;
    return resolveOverlaps(usable);
  }

  function placeholderFor(d: Detection, language: ScrubLanguage, unknownNumbers: Map<string, number>): string {
    if (d.kind !== 'person') return typePlaceholder(language, d.kind);
    const known = d.personId === null ? undefined : byId.get(d.personId);
    if (known) return personPlaceholder(language, known.person.role, known.number);
    const key = d.unknownPersonKey ?? '';
    let n = unknownNumbers.get(key);
    if (n === undefined) {
      n = otherCount + unknownNumbers.size + 1;
      unknownNumbers.set(key, n);
    }
    return personPlaceholder(language, 'other', n);
  }

  return {
    skipped,
    findIdentifiers: detect,
    scrub(text, options = {}) {
      const language = languageFromTag(options.language) ?? detectLanguage(text);
      const unknownNumbers = new Map<string, number>();
      const replacements: Replacement[] = [];
      let output = '';
      let cursor = 0;
      let codePoint = 0;
      for (const d of detect(text)) {
        const placeholder = placeholderFor(d, language, unknownNumbers);
        const kept = text.slice(cursor, d.start);
        output += kept;
        codePoint += codePointLength(kept);
        const startCodePoint = codePoint;
        codePoint += codePointLength(text.slice(d.start, d.end));
        const outputStart = output.length;
        output += placeholder;
        replacements.push({ ...d, placeholder, startCodePoint, endCodePoint: codePoint, outputStart, outputEnd: output.length });
        cursor = d.end;
      }
      output += text.slice(cursor);
      return { text: output, language, replacements, warnings: scriptWarnings(text) };
    },
  };
}

/**
 * Our own placeholders in a text (a scrubbed output read again by the last-mile check): a test
 * of whether a span touches one, by prefix sums so that it costs the same for every span; null
 * when the text has none.
 */
function protectedRanges(text: string): ((start: number, end: number) => boolean) | null {
  let inside: Int32Array | null = null;
  for (const m of text.matchAll(PLACEHOLDER)) {
    inside ??= new Int32Array(text.length + 1);
    for (let i = m.index; i < m.index + m[0].length; i++) inside[i + 1] = 1;
  }
  if (!inside) return null;
  for (let i = 1; i <= text.length; i++) inside[i] = (inside[i] ?? 0) + (inside[i - 1] ?? 0);
  const counts = inside;
  return (start, end) => (counts[end] ?? 0) - (counts[start] ?? 0) > 0;
}

/** Token indices inside spans of persons and identifiers the vault knows. */
function coveredTokens(tokens: readonly Token[], spans: readonly Detection[]): Set<number> {
  const covered = new Set<number>();
  if (spans.length === 0) return covered;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  tokens.forEach((token, i) => {
    while (s < sorted.length && (sorted[s]?.end ?? 0) <= token.start) s++;
    for (let k = s; k < sorted.length && (sorted[k]?.start ?? Infinity) < token.end; k++) {
      const span = sorted[k];
      if (span && span.start < token.end && token.start < span.end) {
        covered.add(i);
        break;
      }
    }
  });
  return covered;
}

/**
 * The last-mile check of an export on its own (issue 6 item 5): every identifier of `persons`
 * and every recogniser hit still in `text`. Pass the persons of every exported case.
 */
export function findIdentifiers(text: string, persons: readonly ScrubPerson[] = []): Detection[] {
  return createScrubber(persons).findIdentifiers(text);
}
