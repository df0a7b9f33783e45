// Words and numbers of a text with their UTF-16 offsets, read once per scrub and shared by
// every token-based matcher (known names, known addresses, street addresses, names next to role
// words), so a document is scanned once however many persons the case has (issue 6: speed).
// A word is a run of letters and combining marks (Unicode L and M), a number a run of digits
// (Unicode N); the scan classifies Latin and Cyrillic by code ranges and asks Unicode's
// properties only about other characters.

import { foldKey, isCapitalised } from './fold-key';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** A run of digits rather than of letters. */
  numeric: boolean;
  /** folded matching key (fold-key.ts); digits stay as they are. */
  key: string;
  /** Written with a capital first letter. */
  capitalised: boolean;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
type CharClass = typeof OTHER | typeof LETTER | typeof DIGIT;

const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_DIGIT = /^\p{N}$/u;

function classOf(code: number, char: string): CharClass {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return LETTER;
    return code >= 48 && code <= 57 ? DIGIT : OTHER;
  }
  // Latin-1 letters, Latin Extended A/B, combining diacritics, Cyrillic: all letters or marks.
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x400 && code <= 0x52f)) return LETTER;
  // General punctuation and spaces.
  if ((code >= 0x2000 && code <= 0x206f) || code === 0xa0) return OTHER;
  if (IS_LETTER.test(char)) return LETTER;
  return IS_DIGIT.test(char) ? DIGIT : OTHER;
}

/** Tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let runStart = -1;
  let runClass: CharClass = OTHER;
  const close = (end: number): void => {
    const word = text.slice(runStart, end);
    const numeric = runClass === DIGIT;
    tokens.push({ start: runStart, end, text: word, numeric, key: numeric ? word : foldKey(word), capitalised: !numeric && isCapitalised(word) });
  };
  while (i < n) {
    let code = text.charCodeAt(i);
    let width = 1;
    // A surrogate pair is one character (letters beyond the Basic Multilingual Plane).
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      code = text.codePointAt(i) ?? code;
      width = code > 0xffff ? 2 : 1;
    }
    const cls = classOf(code, width === 1 ? text.charAt(i) : text.slice(i, i + 2));
    if (cls !== runClass) {
      if (runClass !== OTHER) close(i);
      runClass = cls;
      runStart = i;
    }
    i += width;
  }
  if (runClass !== OTHER) close(n);
  return tokens;
}
