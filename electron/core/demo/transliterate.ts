// Script conversion for names and Serbian document bodies. Reviewers meet the same person as
// "Ивана Стојановска" in a court file and "Ivana Stojanovska" in a passport or an English note,
// so the generator must produce both forms consistently from one source spelling.

const MK_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'ǵ', е: 'e', ж: 'ž', з: 'z', ѕ: 'dz', и: 'i',
  ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', ќ: 'ḱ', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  // Serbian letters that can occur in names of Serbian citizens inside Macedonian files.
  ђ: 'đ', ћ: 'ć',
};

// Passport / ICAO-style Macedonian romanisation without diacritics (what border and foreign
// documents print), used as an extra alias.
const MK_TO_PASSPORT: Readonly<Record<string, string>> = {
  ...MK_TO_LATIN,
  ѓ: 'gj', ж: 'zh', ќ: 'kj', ч: 'ch', џ: 'dzh', ш: 'sh', ђ: 'dj', ћ: 'c',
};

function mapChars(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) {
      out += ch;
    } else if (lower !== ch) {
      // Title case for digraphs (Љупчо -> Ljupčo): only the first letter is upper.
      out += mapped.charAt(0).toUpperCase() + mapped.slice(1);
    } else {
      out += mapped;
    }
  }
  return out;
}

/** Macedonian Cyrillic to the official Latin transliteration (Трајче -> Trajče). */
export function mkToLatin(text: string): string {
  return mapChars(text, MK_TO_LATIN).normalize('NFC');
}

/** Macedonian Cyrillic to the diacritic-free passport form (Трајче -> Trajche). */
export function mkToPassport(text: string): string {
  return mapChars(text, MK_TO_PASSPORT);
}

const SR_LATIN_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['LJ', 'Љ'], ['Lj', 'Љ'], ['lj', 'љ'],
  ['NJ', 'Њ'], ['Nj', 'Њ'], ['nj', 'њ'],
  ['DŽ', 'Џ'], ['Dž', 'Џ'], ['dž', 'џ'],
];

const SR_LATIN_TO_CYR: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш',
  t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
  A: 'А', B: 'Б', C: 'Ц', Č: 'Ч', Ć: 'Ћ', D: 'Д', Đ: 'Ђ', E: 'Е', F: 'Ф', G: 'Г', H: 'Х',
  I: 'И', J: 'Ј', K: 'К', L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', Š: 'Ш',
  T: 'Т', U: 'У', V: 'В', Z: 'З', Ž: 'Ж',
};

/**
 * Serbian Latin to Serbian Cyrillic. Serbian templates are written once in Latin and rendered
 * in either script; the templates avoid the few words where lj / nj / dž are not digraphs.
 */
export function srToCyrillic(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let i = 0;
  outer: while (i < nfc.length) {
    for (const [latin, cyr] of SR_LATIN_DIGRAPHS) {
      if (nfc.startsWith(latin, i)) {
        out += cyr;
        i += latin.length;
        continue outer;
      }
    }
    const ch = nfc.charAt(i);
    out += SR_LATIN_TO_CYR[ch] ?? ch;
    i++;
  }
  return out;
}

/** Serbian Cyrillic spelling as Macedonian writes it (Ђорђевић -> Ѓорѓевиќ). */
export function srCyrillicToMk(text: string): string {
  return text.replace(/ђ/g, 'ѓ').replace(/Ђ/g, 'Ѓ').replace(/ћ/g, 'ќ').replace(/Ћ/g, 'Ќ');
}

/**
 * A comparison key for names across scripts and spellings (Đoković, Djokovic, Ђоковић all
 * give "dokovic"). Used only to match against the public-figure deny-list.
 */
export function foldName(text: string): string {
  return mapChars(text.normalize('NFC'), MK_TO_LATIN)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/dzh/g, 'dz')
    .replace(/dj/g, 'd')
    .replace(/gj/g, 'g')
    .replace(/kj/g, 'k')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/zh/g, 'z')
    .replace(/xh/g, 'x')
    .replace(/[-‐‑]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
