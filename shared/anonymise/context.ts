// The words just before a match, cut at the start of its sentence or line: the context rules
// (birth words before a date, "ЕМБГ" before a number) must not reach into the previous
// sentence, or an event date after "… родена во Скопје." would count as a date of birth.

const SENTENCE_BREAK = /(?:[.!?;]\s+(?=[\p{Lu}\p{N}„"«(])|\n)/gu;

/** Up to `maxChars` characters before `index`, starting after the last sentence or line break. */
export function contextBefore(text: string, index: number, maxChars: number): string {
  const window = text.slice(Math.max(0, index - maxChars), index);
  let cut = 0;
  for (const m of window.matchAll(SENTENCE_BREAK)) cut = m.index + m[0].length;
  return window.slice(cut);
}

/** The last `count` words of a context (letters and digits), lower case. */
export function lastWords(context: string, count: number): string[] {
  const words = context.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.slice(-count);
}
