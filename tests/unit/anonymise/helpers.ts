// A vault person for scrubber tests: only what a test names is set.
import { createScrubber, type ScrubPerson, type ScrubResult } from '../../../shared/anonymise';

let serial = 0;

export function person(fields: Partial<ScrubPerson> & Pick<ScrubPerson, 'role'>): ScrubPerson {
  serial++;
  return {
    id: `person-${serial}`,
    code: fields.code ?? `${fields.role.charAt(0).toUpperCase()}${serial}`,
    fullName: null,
    aliases: [],
    dateOfBirth: null,
    idNumbers: [],
    addresses: [],
    phones: [],
    emails: [],
    otherIdentifiers: [],
    ...fields,
  };
}

/** The scrubbed text of `text` for the given persons. */
export function scrubbed(text: string, persons: readonly ScrubPerson[] = [], language = 'en'): string {
  return createScrubber(persons).scrub(text, { language }).text;
}

/** The removed pieces of `text`, in order (what a preview would highlight). */
export function removed(text: string, persons: readonly ScrubPerson[] = [], language = 'en'): string[] {
  return createScrubber(persons).scrub(text, { language }).replacements.map((r) => text.slice(r.start, r.end));
}

export function scrub(text: string, persons: readonly ScrubPerson[] = [], language = 'en'): ScrubResult {
  return createScrubber(persons).scrub(text, { language });
}
