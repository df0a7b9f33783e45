// Builds a document text piece by piece and remembers where marked passages land, in Unicode
// code points (the interchange format's offsets). Counting while appending, instead of searching
// the finished text, keeps the offsets exact even when a phrase occurs twice.

import type { SpanTag } from './span-tags';

export interface MarkedSpan {
  tag: SpanTag;
  /** Which person the passage is about (a person key), when it is about one. */
  person?: string;
  start: number;
  end: number;
  quote: string;
}

/** A piece of a paragraph: plain text, or a passage to remember for annotation. */
export type Segment = string | { tag: SpanTag; text: string; person?: string };

export function mark(tag: SpanTag, text: string, person?: string): Segment {
  return person === undefined ? { tag, text } : { tag, text, person };
}

function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate and its low surrogate are one code point: count only the high half.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly spans: MarkedSpan[] = [];

  /**
   * @param transform applied to every body piece (Serbian Latin -> Cyrillic); the synthetic
   * marker line bypasses it because its English half must stay Latin.
   */
  constructor(private readonly transform: (text: string) => string = (t) => t) {}

  /** Appends text exactly as given (normalised), without the script transform. */
  raw(text: string): void {
    this.push(text.normalize('NFC'));
  }

  /** One paragraph made of segments, followed by a line break. */
  p(...segments: Segment[]): void {
    for (const s of segments) {
      if (typeof s === 'string') {
        this.push(this.convert(s));
      } else {
        const text = this.convert(s.text);
        const start = this.length;
        this.push(text);
        const span: MarkedSpan = { tag: s.tag, start, end: this.length, quote: text };
        if (s.person !== undefined) span.person = s.person;
        this.spans.push(span);
      }
    }
    this.push('\n');
  }

  /** An empty line between sections. */
  gap(): void {
    this.push('\n');
  }

  toString(): string {
    return this.parts.join('');
  }

  private convert(text: string): string {
    return this.transform(text).normalize('NFC');
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += codePointCount(text);
  }
}
