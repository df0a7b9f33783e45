// Folding for matching across scripts and diacritics (USERS.md: "Hoxhës" when typing "Hoxha",
// Cyrillic Serbian when typing Latin). Lower case, Cyrillic transliterated to Latin the way
// Macedonian and Serbian are written in Latin script, then diacritics removed.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', ђ: 'dj', е: 'e', ж: 'z', з: 'z', ѕ: 'dz',
  и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ќ: 'kj', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  ѐ: 'e', ѝ: 'i', й: 'j', ы: 'y', э: 'e', ю: 'ju', я: 'ja', щ: 'sc', ъ: '', ь: '', ё: 'e',
};

// Latin letters that NFD does not decompose into base + mark.
const LATIN_SPECIAL: Record<string, string> = { đ: 'dj', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' };

export function foldText(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    out += CYRILLIC_TO_LATIN[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  }
  return out.normalize('NFD').replace(/\p{M}+/gu, '');
}
