// The language placeholders are written in when the vault does not say (a document's language
// is free text and may be empty), and a warning when a text is in a script the name matchers
// do not read (issue 6, bad input: "text in a script the recognisers do not expect").
// Detection is by script and by frequent short words, which is enough to choose a label set:
// a wrong guess changes the placeholders' language, never what is removed.

import type { ScrubLanguage, ScrubWarning } from './types';

const ALIASES: Readonly<Record<string, ScrubLanguage>> = {
  mk: 'mk', 'mk-cyrl': 'mk', mkd: 'mk',
  sr: 'sr-Latn', 'sr-latn': 'sr-Latn', 'sr-rs': 'sr-Latn', srp: 'sr-Latn', sh: 'sr-Latn',
  'sr-cyrl': 'sr-Cyrl', 'sr-cyrl-rs': 'sr-Cyrl',
  sq: 'sq', 'sq-al': 'sq', 'sq-xk': 'sq', 'sq-mk': 'sq', sqi: 'sq', alb: 'sq',
  cnr: 'cnr', me: 'cnr', 'cnr-latn': 'cnr', 'sr-me': 'cnr', hr: 'cnr', bs: 'cnr', 'bs-latn': 'cnr',
  'cnr-cyrl': 'sr-Cyrl', 'bs-cyrl': 'sr-Cyrl',
  en: 'en', 'en-gb': 'en', 'en-us': 'en', eng: 'en',
};

/** The scrub language for a language tag the vault holds, or null when it names none we write. */
export function languageFromTag(tag: string | null | undefined): ScrubLanguage | null {
  if (tag === null || tag === undefined) return null;
  return ALIASES[tag.trim().toLowerCase().replace(/_/g, '-')] ?? null;
}

const MK_WORDS = new Set(['во', 'од', 'на', 'се', 'што', 'кој', 'која', 'дека', 'година', 'со', 'ќе', 'beше', 'беше']);
const SR_CYR_WORDS = new Set(['је', 'у', 'да', 'од', 'се', 'који', 'која', 'године', 'из', 'није', 'био', 'била']);
const SQ_WORDS = new Set(['dhe', 'të', 'në', 'për', 'është', 'nga', 'me', 'që', 'i', 'e', 'u', 'ka', 'viti']);
const IJEKAVIAN = new Set(['svjedok', 'svjedoka', 'svjedokinja', 'prije', 'gdje', 'vrijeme', 'dijete', 'djeteta', 'poslije', 'uvijek', 'mjesto', 'mjesta', 'mjesec', 'mjeseci', 'vjerovatno', 'vijesti', 'cijena', 'riječ', 'rijeka', 'tužilaštvo', 'lijepo', 'bijelo', 'uslijed', 'sjedište', 'obavještenje', 'maloljetna', 'maloljetni', 'odjeljenje', 'djevojka']);
const EKAVIAN = new Set(['svedok', 'svedoka', 'svedokinja', 'pre', 'gde', 'vreme', 'dete', 'deteta', 'posle', 'uvek', 'mesto', 'mesta', 'mesec', 'meseci', 'verovatno', 'vesti', 'cena', 'reč', 'reka', 'lepo', 'belo', 'usled', 'sedište', 'obaveštenje', 'maloletna', 'maloletni', 'odeljenje', 'devojka']);
const EN_WORDS = new Set(['the', 'and', 'of', 'was', 'to', 'in', 'that', 'with', 'she', 'he', 'her', 'his', 'court', 'by']);

function count(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}

/** Best guess of a text's language from its first 20,000 characters. */
export function detectLanguage(text: string): ScrubLanguage {
  const sample = text.slice(0, 20_000);
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  const words = sample.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (cyrillic > latin) {
    const mk = (sample.match(/[ќѓѕ]/giu) ?? []).length * 3 + count(words, MK_WORDS);
    const sr = (sample.match(/[ћђ]/giu) ?? []).length * 3 + count(words, SR_CYR_WORDS);
    return mk >= sr ? 'mk' : 'sr-Cyrl';
  }
  const sq = (sample.match(/[ëç]/giu) ?? []).length + count(words, SQ_WORDS);
  const bcms = (sample.match(/[čćšžđ]/giu) ?? []).length + count(words, new Set(['je', 'u', 'da', 'se', 'od', 'na', 'za', 'godine']));
  const en = count(words, EN_WORDS) * 2;
  if (en > sq && en > bcms) return 'en';
  if (sq > bcms) return 'sq';
  return count(words, IJEKAVIAN) > count(words, EKAVIAN) ? 'cnr' : 'sr-Latn';
}

// Two or more letters in a row of a script other than Latin or Cyrillic: a word the name
// matchers cannot read (a name in Greek or Arabic would pass them unseen), so the caller warns.
const FOREIGN_WORD = /[^\P{L}\p{Script=Latin}\p{Script=Cyrillic}]{2,}/gu;

// Latin, Cyrillic, their diacritics, punctuation and symbols: a text with nothing else (nearly
// every text) needs no closer look.
function onlyExpectedScripts(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x36f || (c >= 0x400 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x214f)) continue;
    return false;
  }
  return true;
}

export function scriptWarnings(text: string): ScrubWarning[] {
  if (onlyExpectedScripts(text)) return [];
  const scripts = new Set<string>();
  for (const m of text.matchAll(FOREIGN_WORD)) scripts.add(scriptName(Array.from(m[0])[0] ?? ''));
  return scripts.size === 0 ? [] : [{ code: 'unexpected-script', scripts: [...scripts].sort() }];
}

const SCRIPTS = ['Greek', 'Arabic', 'Hebrew', 'Armenian', 'Georgian', 'Devanagari', 'Bengali', 'Thai', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Ethiopic', 'Tamil'] as const;
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

function scriptName(ch: string): string {
  for (const [name, pattern] of SCRIPT_TESTS) if (pattern.test(ch)) return name;
  return 'Other';
}
