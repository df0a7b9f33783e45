// The case's persons' own numbers as the vault records them: ID numbers and other identifiers
// matched character by character ignoring spaces, dashes, dots and slashes (and Latin/Cyrillic
// lookalike letters: "А1234567" typed in either script), phone numbers matched on their
// national digits whatever prefix and grouping the text uses ("+389 70 123 456",
// "070/123-456", "00389 70 123456"), e-mail addresses in any letter case.
//
// Matching works on the text's tokens (tokenize.ts), joined into chains where only separators
// stand between them, and on map look-ups; no pattern is compiled per case, which matters when
// an export builds one scrubber per case for thousands of cases (issue 6: speed). A match must
// begin and end on token boundaries, so "12345" is not found inside "0123456".
//
// Values too short to identify anyone (fewer than four letters and digits, a phone of fewer
// than six national digits) would match unrelated numbers; they are not used and are reported
// as skipped so that the export's report says so.

import { emailSpans } from './email';
import { isValidIban } from './iban';
import { isValidJmbg } from './jmbg';
import { nationalCandidates, nationalNumber } from './phone-numbers';
import type { Token } from './tokenize';
import type { Detection, DetectorId, EntityKind, SkippedValue } from './types';

export interface IdentifierOwner {
  id: string;
  idNumbers: readonly string[];
  phones: readonly string[];
  emails: readonly string[];
  otherIdentifiers: readonly string[];
}

interface Entry {
  personId: string;
  kind: EntityKind;
  detector: DetectorId;
}

/** Cyrillic letters that look like Latin ones, read as the Latin letter. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y',
};
const MIN_CODE_LENGTH = 4;
/** Letter parts of codes are short: "SK" of a plate, "MK" of an IBAN, "J" of an NID. */
const MAX_LETTER_PART = 4;
/** What may stand between the parts of one written code or number. */
const CHAIN_GAP = /^[\s./\-–()]{0,3}$/u;
const PLATE_SHAPE = /^[A-ZČĆŠŽĐ]{2}\d{3,4}[A-ZČĆŠŽĐ]{1,2}$|^[A-ZČĆŠŽĐ]{4}\d{3,4}$|^\d{5}[A-Z]{2}$/u;

/** Letters and digits only, upper case, lookalikes read as Latin: what two spellings of one code share. */
export function compactCode(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFKC').toUpperCase()) {
    if (/[\p{L}\p{N}]/u.test(ch)) out += LOOKALIKES[ch] ?? ch;
  }
  return out;
}

function kindOfCode(compact: string): EntityKind {
  if (isValidJmbg(compact)) return 'id';
  if (PLATE_SHAPE.test(compact)) return 'plate';
  if (/^[A-Z]{2}\d{2}/.test(compact) && isValidIban(compact)) return 'iban';
  return 'id';
}

/** The codes inside an identifier: the whole value after any "label:", and each word holding a digit. */
function codesOf(value: string): string[] {
  const afterLabel = value.includes(':') ? value.slice(value.indexOf(':') + 1) : value;
  const codes = new Set<string>();
  const whole = compactCode(afterLabel);
  if (/\p{N}/u.test(whole) && whole.length >= MIN_CODE_LENGTH) codes.add(whole);
  for (const word of afterLabel.split(/[\s,;]+/)) {
    const compact = compactCode(word);
    if (/\p{N}/u.test(compact) && compact.length >= MIN_CODE_LENGTH) codes.add(compact);
  }
  return [...codes];
}

function addTo(map: Map<string, Entry>, key: string, entry: Entry): void {
  // Two persons sharing a number (a family phone): the first in role order keeps it.
  if (!map.has(key)) map.set(key, entry);
}

export class KnownIdentifiers {
  private readonly codes = new Map<string, Entry>();
  private readonly codeLengths = new Set<number>();
  private readonly phones = new Map<string, Entry>();
  private readonly phoneLengths = new Set<number>();
  private readonly emails = new Map<string, Entry>();
  readonly skipped: SkippedValue[] = [];
  /** Identifier values without digits (a nickname on a social network): matched as names instead. */
  readonly wordIdentifiers: { personId: string; value: string }[] = [];

  constructor(owners: readonly IdentifierOwner[]) {
    for (const owner of owners) {
      for (const value of owner.idNumbers) {
        const compact = compactCode(value);
        if (compact.length < MIN_CODE_LENGTH) this.skipped.push({ personId: owner.id, field: 'idNumbers', reason: 'too-short' });
        else this.addCode(compact, { personId: owner.id, kind: kindOfCode(compact), detector: 'vault-identifier' });
      }
      for (const value of owner.otherIdentifiers) {
        const codes = codesOf(value);
        if (codes.length === 0) {
          const words = (value.includes(':') ? value.slice(value.indexOf(':') + 1) : value).trim();
          if (/\p{L}{2}/u.test(words)) this.wordIdentifiers.push({ personId: owner.id, value: words });
          else this.skipped.push({ personId: owner.id, field: 'otherIdentifiers', reason: 'too-short' });
        }
        for (const code of codes) this.addCode(code, { personId: owner.id, kind: kindOfCode(code), detector: 'vault-identifier' });
      }
      for (const value of owner.phones) {
        const national = nationalNumber(value);
        if (national === null) {
          this.skipped.push({ personId: owner.id, field: 'phones', reason: 'too-short' });
          continue;
        }
        addTo(this.phones, national, { personId: owner.id, kind: 'phone', detector: 'vault-phone' });
        this.phoneLengths.add(national.length);
      }
      for (const value of owner.emails) {
        const email = value.trim().toLowerCase();
        if (!email.includes('@') || email.length < 6) this.skipped.push({ personId: owner.id, field: 'emails', reason: 'too-short' });
        else addTo(this.emails, email, { personId: owner.id, kind: 'email', detector: 'vault-email' });
      }
    }
  }

  private addCode(compact: string, entry: Entry): void {
    addTo(this.codes, compact, entry);
    this.codeLengths.add(compact.length);
  }

  find(text: string, tokens: readonly Token[]): Detection[] {
    const found: Detection[] = [];
    if (this.emails.size > 0) {
      for (const [start, end] of emailSpans(text)) {
        const entry = this.emails.get(text.slice(start, end).toLowerCase());
        if (entry) found.push(detection(entry, start, end));
      }
    }
    if (this.codes.size === 0 && this.phones.size === 0) return found;
    // Chains of code parts: digit runs and short letter runs ("SK", "MK", "J") with only
    // separators between them; a chain without digits holds no code of the vault.
    let chainStart = -1;
    let hasDigits = false;
    for (let i = 0; i <= tokens.length; i++) {
      const token = tokens[i];
      const part = token !== undefined && (token.numeric || token.end - token.start <= MAX_LETTER_PART);
      const joined = part && chainStart >= 0 && CHAIN_GAP.test(text.slice(tokens[i - 1]?.end ?? 0, token.start));
      if (joined) {
        hasDigits ||= token.numeric;
        continue;
      }
      if (chainStart >= 0 && hasDigits) this.findInChain(text, tokens, chainStart, i, found);
      chainStart = part ? i : -1;
      hasDigits = part && token.numeric;
    }
    return found;
  }

  /** Codes and phones within tokens [from, to) that only separators divide. */
  private findInChain(text: string, tokens: readonly Token[], from: number, to: number, found: Detection[]): void {
    let compact = '';
    const starts: number[] = [];
    const endsAt = new Map<number, number>();
    for (let i = from; i < to; i++) {
      const token = tokens[i];
      if (!token) continue;
      starts.push(compact.length);
      compact += token.numeric ? token.text : compactCode(token.text);
      endsAt.set(compact.length, i);
    }
    for (let k = 0; k < starts.length; k++) {
      const offset = starts[k] ?? 0;
      const first = tokens[from + k];
      if (!first) continue;
      for (const length of this.codeLengths) {
        const last = endsAt.get(offset + length);
        if (last === undefined) continue;
        const entry = this.codes.get(compact.slice(offset, offset + length));
        if (entry) found.push(detection(entry, first.start, tokens[last]?.end ?? first.end));
      }
      if (first.numeric && this.phones.size > 0) this.phoneFrom(text, tokens, from + k, to, found);
    }
  }

  /** A known phone number starting at token `k` (its prefix included), digits only. */
  private phoneFrom(text: string, tokens: readonly Token[], k: number, to: number, found: Detection[]): void {
    let digits = '';
    const ends: [number, number][] = [];
    for (let i = k; i < to; i++) {
      const token = tokens[i];
      if (!token?.numeric) break;
      digits += token.text;
      ends.push([digits.length, i]);
    }
    const first = tokens[k];
    if (!first) return;
    const before = text.charAt(first.start - 1);
    const start = before === '+' || before === '(' ? first.start - 1 : first.start;
    for (const candidate of nationalCandidates(digits, before === '+')) {
      const prefix = digits.length - candidate.length;
      for (const length of this.phoneLengths) {
        const entry = this.phones.get(candidate.slice(0, length));
        const end = ends.find(([at]) => at === prefix + length);
        if (entry && end) found.push(detection(entry, start, tokens[end[1]]?.end ?? first.end));
      }
    }
  }
}

function detection(entry: Entry, start: number, end: number): Detection {
  return { kind: entry.kind, start, end, personId: entry.personId, detector: entry.detector, confidence: 'high' };
}
