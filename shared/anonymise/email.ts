// E-mail addresses, also the "name [at] domain [dot] com" way people dodge harvesters. Plain
// addresses are found from each "@" outwards rather than by a pattern tried at every letter of
// the text, because the exporter scrubs thousands of documents (issue 6: speed).

import type { Detection } from './types';

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/uy;
const OBFUSCATED = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+\s?[[(]\s?(?:at|@)\s?[\])]\s?[\p{L}\p{N}-]+(?:\s?[[(]\s?dot\s?[\])]\s?|\.)\p{L}{2,}(?![\p{L}\p{N}])/giu;
const OBFUSCATION_HINT = /[[(]\s?(?:at|@)\s?[\])]/iu;

function email(start: number, end: number): Detection {
  return { kind: 'email', start, end, personId: null, detector: 'email', confidence: 'high' };
}

/** [start, end) of every plain e-mail address (known-identifiers.ts looks the vault's up among them). */
export function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (DOMAIN.exec(text)) spans.push([start, DOMAIN.lastIndex]);
  }
  return spans;
}

export function findEmails(text: string): Detection[] {
  const found = emailSpans(text).map(([start, end]) => email(start, end));
  if (OBFUSCATION_HINT.test(text)) {
    for (const m of text.matchAll(OBFUSCATED)) found.push(email(m.index, m.index + m[0].length));
  }
  return found;
}
