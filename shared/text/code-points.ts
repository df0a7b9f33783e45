// Annotation anchors count Unicode code points (case-interchange.md, W3C TextPosition), while
// JavaScript strings index UTF-16 code units. These helpers are the only place that converts.

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * UTF-16 index of the code point at `cp`. `cp` may equal the code point length (the end).
 * Returns -1 when `cp` lies outside the text.
 */
export function codePointToUtf16(text: string, cp: number): number {
  if (!Number.isInteger(cp) || cp < 0) return -1;
  let i = 0;
  let n = 0;
  while (n < cp) {
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    n++;
  }
  return i;
}

/** Code point offset of a UTF-16 index (an index inside a surrogate pair counts its pair). */
export function utf16ToCodePoint(text: string, index: number): number {
  return codePointLength(text.slice(0, index));
}

/** The code point slice [start, end) of a text, or null when the range is not inside it. */
export function sliceCodePoints(text: string, start: number, end: number): string | null {
  if (end < start) return null;
  const from = codePointToUtf16(text, start);
  if (from < 0) return null;
  const to = codePointToUtf16(text, end);
  if (to < 0) return null;
  return text.slice(from, to);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
