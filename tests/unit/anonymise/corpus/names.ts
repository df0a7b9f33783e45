// How the corpus writes a person's name: the grammar of each language and the spelling
// conventions, written here independently of the scrubber's own rules (so the corpus tests the
// engine against the languages, not against itself). Sources: anonymisation.md §4 and
// domain.md §6.2.

import { srToCyrillic } from '../../../../electron/core/demo/transliterate';

export type Sex = 'female' | 'male';

/** One mention form and what kind of variation it exercises. */
export interface NameForm {
  text: string;
  form: 'nominative' | 'inflected' | 'vocative' | 'possessive' | 'transliterated' | 'folded' | 'initials' | 'capitals' | 'lower case';
}

// ---- spelling conventions ----

const MK_DIACRITIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'đ', е: 'e', ж: 'ž', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c',
  ч: 'č', џ: 'dž', ш: 'š',
};
const MK_DIGRAPH: Readonly<Record<string, string>> = { ...MK_DIACRITIC, ѓ: 'gj', ќ: 'kj', ж: 'zh', ч: 'ch', џ: 'dzh', ш: 'sh' };
const MK_ACUTE: Readonly<Record<string, string>> = { ...MK_DIACRITIC, ѓ: 'ǵ', ќ: 'ḱ' };
const SR_CYR_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č',
  џ: 'dž', ш: 'š',
};

function mapLetters(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) out += ch;
    else out += ch === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out.normalize('NFC');
}

export type MkConvention = 'diacritic' | 'digraph' | 'acute';

/** Macedonian Cyrillic in Latin, by convention: ќ → ć / kj / ḱ, ѓ → đ / gj / ǵ, ж → ž / zh … */
export function mkLatin(text: string, convention: MkConvention): string {
  const table = convention === 'diacritic' ? MK_DIACRITIC : convention === 'digraph' ? MK_DIGRAPH : MK_ACUTE;
  return mapLetters(text, table);
}

export function srLatin(cyrillic: string): string {
  return mapLetters(cyrillic, SR_CYR_TO_LATIN);
}

export function srCyrillic(latin: string): string {
  return srToCyrillic(latin);
}

/** What a keyboard without the letters types: Petrović → Petrovic, Đorđević → Djordjevic, Hoxhës → Hoxhes. */
export function asciiFolded(latin: string): string {
  return latin.replace(/đ/g, 'dj').replace(/Đ/g, 'Dj').normalize('NFD').replace(/\p{M}/gu, '');
}

// ---- grammar ----

/** Serbian / Montenegrin case forms of a first name (genitive, dative, instrumental). */
export function bcmsGivenForms(name: string, sex: Sex): string[] {
  if (name.endsWith('a')) {
    const s = name.slice(0, -1);
    return [`${s}e`, `${s}i`, `${s}u`, `${s}om`];
  }
  if (sex === 'female') return [];
  // Foreign names ending in -i (Olsi, Ermali): Olsija, Olsiju, Olsijem.
  if (name.endsWith('i')) return [`${name}ja`, `${name}ju`, `${name}jem`];
  if (name.endsWith('o')) {
    const s = name.slice(0, -1);
    return [`${s}a`, `${s}u`, `${s}om`];
  }
  if (name.endsWith('e')) {
    const s = name.slice(0, -1);
    return [`${s}a`, `${s}u`, `${s}em`];
  }
  // Fleeting a: Petar → Petra, Aleksandar → Aleksandra.
  const stem = /[^aeiou]ar$/.test(name) ? `${name.slice(0, -2)}r` : name;
  const palatal = /(?:j|š|ž|č|ć|đ)$/.test(stem);
  return [`${stem}a`, `${stem}u`, palatal ? `${stem}em` : `${stem}om`];
}

/** Serbian / Montenegrin surname forms: -ić declines for men only; -ski is adjectival. */
export function bcmsSurnameForms(name: string, sex: Sex): string[] {
  if (sex === 'female') {
    if (name.endsWith('ska')) return [`${name.slice(0, -1)}e`, `${name.slice(0, -1)}oj`];
    return [];
  }
  if (name.endsWith('ski')) return [`${name.slice(0, -1)}og`, `${name.slice(0, -1)}om`];
  // Surnames ending in -a decline like feminine nouns (Gjoka → Gjoke, Gjoki); other vowels take -ja.
  if (name.endsWith('a')) return [`${name.slice(0, -1)}e`, `${name.slice(0, -1)}i`, `${name.slice(0, -1)}om`];
  if (/[eiou]$/.test(name)) return [`${name}ja`, `${name}ju`, `${name}jem`];
  const palatal = /(?:ć|č|j|š|ž)$/.test(name);
  return [`${name}a`, `${name}u`, palatal ? `${name}em` : `${name}om`];
}

/** Serbian possessive adjective of a first name: Markov stan, Anina sestra, Nikolin brat. */
export function bcmsPossessive(name: string, sex: Sex): string {
  if (name.endsWith('a')) return `${name.slice(0, -1)}in`;
  if (name.endsWith('o') || name.endsWith('e')) return `${name.slice(0, -1)}ov`;
  const stem = /[^aeiou]ar$/.test(name) ? `${name.slice(0, -2)}r` : name;
  return sex === 'male' ? `${stem}ov` : `${stem}in`;
}

/** Macedonian vocative: Петар → Петре, Горан → Горане, Ана → Ано, Марија → Маријо. */
export function mkVocative(name: string, sex: Sex): string | null {
  if (name.endsWith('а')) return `${name.slice(0, -1)}о`;
  if (sex === 'female' || /[оеи]$/.test(name)) return null;
  if (/[^аеиоу]ар$/.test(name)) return `${name.slice(0, -2)}ре`;
  return `${name}е`;
}

/** Macedonian possessive adjective, optionally definite: Петров / Петровиот, Анин / Аниниот. */
export function mkPossessive(name: string, sex: Sex, definite: boolean): string {
  let base: string;
  if (name.endsWith('а')) base = `${name.slice(0, -1)}ин`;
  else if (/[ое]$/.test(name)) base = `${name.slice(0, -1)}ов`;
  else if (/[^аеиоу]ар$/.test(name)) base = `${name.slice(0, -2)}ров`;
  else base = sex === 'male' ? `${name}ов` : `${name}ин`;
  return definite ? `${base}иот` : base;
}

/** Albanian definite and case forms: Arben → Arbeni, Arbenit, Arbenin; Hoxha → Hoxhës, Hoxhën. */
export function albanianForms(name: string): string[] {
  if (name.endsWith('a')) {
    const s = name.slice(0, -1);
    return [`${s}ës`, `${s}ën`];
  }
  if (name.endsWith('ë')) return [`${name}s`, `${name}n`];
  if (name.endsWith('i') || name.endsWith('u')) return [`${name}t`, `${name}n`];
  if (name.endsWith('j')) return [`${name}t`];
  if (/[kgh]$/.test(name)) return [`${name}u`, `${name}ut`, `${name}un`];
  return [`${name}i`, `${name}it`, `${name}in`];
}

/** Initials the way published judgments shorten names: "И.С.", "I. S.". */
export function initials(given: string, surname: string, spaced: boolean): string {
  const g = Array.from(given)[0] ?? '';
  const s = Array.from(surname)[0] ?? '';
  return spaced ? `${g}. ${s}.` : `${g}.${s}.`;
}
