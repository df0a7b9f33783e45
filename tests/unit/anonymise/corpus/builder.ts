// Builds one labelled synthetic document piece by piece, recording where every piece of
// personal data lands (UTF-16 offsets, as the scrubber reports them) and which ordinary text
// must survive. Counting while appending keeps the labels exact even when a value repeats.

/** Gold label types. The quality bars differ by type (anonymisation.md T2). */
export type GoldType =
  | 'known-name'
  | 'known-identifier'
  | 'jmbg-valid'
  | 'personal-number'
  | 'phone'
  | 'email'
  | 'iban'
  | 'case-number'
  | 'plate'
  | 'date-of-birth'
  | 'address'
  | 'unknown-name';

export interface GoldMention {
  start: number;
  end: number;
  type: GoldType;
  /** All mentions of one entity share this (a person across the document, a phone number …). */
  entity: string;
  /** The vault person it belongs to, when known. */
  personId?: string;
  /** What form the mention was written in (for the report: inflected, transliterated, …). */
  form: string;
}

export interface KeptText {
  start: number;
  end: number;
  why: string;
}

export class DocumentBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly gold: GoldMention[] = [];
  readonly kept: KeptText[] = [];

  /** @param script applied to body text and to values that follow the document's script. */
  constructor(private readonly script: (text: string) => string = (t) => t) {}

  text(text: string): void {
    this.push(this.script(text));
  }

  /** Personal data. `convert` false keeps e-mails and IBANs in Latin in a Cyrillic document. */
  pii(text: string, mention: Omit<GoldMention, 'start' | 'end'>, convert = true): void {
    const written = convert ? this.script(text) : text;
    const start = this.length;
    this.push(written);
    this.gold.push({ ...mention, start, end: this.length });
  }

  /** Ordinary text that must come out of the scrubber unchanged. */
  keep(text: string, why: string, convert = true): void {
    const written = convert ? this.script(text) : text;
    const start = this.length;
    this.push(written);
    this.kept.push({ start, end: this.length, why });
  }

  toString(): string {
    return this.parts.join('');
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}
