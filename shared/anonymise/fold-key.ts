// The matching key of a word: one spelling for every way a name is written in the files we
// review (anonymisation.md §4 "Script mixing and transliteration"). Петровиќ, Petroviḱ,
// Petrovikj, Petrović, Петровић and Petrovic all give "petrovic"; Реџепи and Rexhepi give
// "redzepi"; Ѓорѓиев, Gjorgjiev, Đorđiev and Dordiev give "dordiev". Keys are never shown to
// anyone: they exist only so that a name the vault knows is found in any script, with or
// without diacritics, in either Macedonian Latin convention (ќ→kj/ć, ѓ→gj/đ, ж→zh/ž, ш→sh/š,
// ч→ch/č, џ→dzh/dž, ѕ→dz) and in Albanian spelling of the same sounds (q, gj, xh, x, sh, zh, ç).
// Lookalike letters of the other script (Cyrillic "а" in a Latin word) fold to the same key.

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', ђ: 'dj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz',
  и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ќ: 'kj', ћ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dzh', ш: 'sh',
  ѐ: 'e', ѝ: 'i', й: 'j', ы: 'i', э: 'e', ю: 'ju', я: 'ja', щ: 'sht', ъ: '', ь: '', ё: 'e',
  є: 'je', і: 'i', ї: 'ji', ґ: 'g',
};

// Latin letters that Unicode decomposition does not reduce to a base letter, and the two
// Macedonian acute letters, which must fold like their digraphs rather than like plain g / k.
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  đ: 'dj', ǵ: 'gj', ḱ: 'kj', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ð: 'd', ŋ: 'n',
};

// Spellings of one sound collapse to one letter. One left-to-right pass, longest spelling first
// at each position: "dzh" before "zh" and "dj", "xh" before "x".
const COLLAPSE: Readonly<Record<string, string>> = {
  dzh: 'dz', xh: 'dz', zh: 'z', sh: 's', ch: 'c', kj: 'c', gj: 'd', dj: 'd', dh: 'd', th: 't',
  ll: 'l', rr: 'r', q: 'c', x: 'dz', w: 'v', y: 'i',
};
const COLLAPSE_PATTERN = /dzh|xh|zh|sh|ch|kj|gj|dj|dh|th|ll|rr|[qxwy]/g;

const MARKS = /\p{M}+/gu;
const ASCII_LOWER = /^[a-z]*$/;

/** Lower case, one script, no diacritics, before the digraphs are collapsed. */
function toPlainLatin(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_LOWER.test(lower)) return lower;
  let out = '';
  for (const ch of lower.normalize('NFC')) {
    out += CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  }
  return out.normalize('NFD').replace(MARKS, '');
}

// Folding is pure and the same words recur in every document of an export, so keys are
// remembered; the memory is bounded by starting afresh past a limit.
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();

/** The matching key of one word (letters only; callers split text into words first). */
export function foldKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = toPlainLatin(word).replace(COLLAPSE_PATTERN, (spelling) => COLLAPSE[spelling] ?? spelling);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, key);
  }
  return key;
}

// Letters whose Latin initial may be written without the digraph or diacritic of the full
// transliteration: Ѓорѓи may appear as "G. P." as well as "Gj. P." or "Đ. P.".
const PLAIN_INITIALS: Readonly<Record<string, readonly string[]>> = {
  ѓ: ['g'], ќ: ['k'], џ: ['d'], ѕ: ['d', 'z'], љ: ['l'], њ: ['n'], ћ: ['k'], ђ: ['g'],
  ǵ: ['g'], ḱ: ['k'], ć: ['k'], đ: ['g'], x: ['z'],
};

const DIGRAPH_INITIALS = new Set(['lj', 'nj', 'dž', 'dz', 'sh', 'zh', 'ch', 'gj', 'kj', 'xh', 'dh', 'th', 'll', 'rr']);

/**
 * The keys an initial of this name word may fold to: the first letter, its first digraph
 * ("Lj." for Ljupčo), and the plain Latin letter other conventions print for it.
 */
export function initialKeys(word: string): string[] {
  const letters = Array.from(word.normalize('NFC'));
  const first = letters[0];
  if (first === undefined) return [];
  const keys = new Set<string>([foldKey(first)]);
  const two = `${first}${letters[1] ?? ''}`.toLowerCase();
  if (DIGRAPH_INITIALS.has(two)) {
    keys.add(foldKey(two));
    if (two === 'gj') keys.add('g');
    if (two === 'xh') keys.add('z');
  }
  for (const plain of PLAIN_INITIALS[first.toLowerCase()] ?? []) keys.add(plain);
  keys.delete('');
  return [...keys];
}

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

/** True when a word is written with a capital first letter (Title or ALL CAPS). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}
