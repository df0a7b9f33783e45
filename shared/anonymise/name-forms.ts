// Inflected forms of a name word, on folded keys (fold-key.ts), so one rule covers Cyrillic and
// Latin spellings alike. A name the vault knows must be found in every form the files use
// (issue 6 item 3; anonymisation.md §4 "Names in inflected forms"):
// - Serbian, Montenegrin, Bosnian, Croatian: seven cases — Marko → Marka, Marku, Markom;
//   Petar → Petra, Petru, Petrom (fleeting a); Jovanović → Jovanovića, Jovanoviću, Jovanovićem;
//   Ana → Ane, Ani, Anu, Anom; adjectival surnames Petrovski → Petrovskog, Petrovskom;
//   possessives Markov, Anin, Jovanovićev with their adjective endings;
// - Macedonian: vocative Петре, Ано, Маријо; possessive and definite adjectival forms
//   Петров, Петровиот, Анин, Аниниот; plural and definite Петровските;
// - Albanian: definite and case forms Arben → Arbeni, Arbenit, Arbenin; Besnik → Besniku,
//   Besnikut; Hoxha → Hoxhës, Hoxhën, Hoxhe; Dervishi → Dervishit, Dervishin.
// Every rule is applied to every name whatever the document's language: names cross languages
// (an Albanian victim in a Macedonian judgment), and a form too many costs nothing because
// names match only as capitalised words (known-names.ts).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Adjective endings of possessives (-ov, -ev, -in): Serbian cases and Macedonian definite forms. */
const ADJECTIVE = ['', 'a', 'o', 'e', 'i', 'u', 'og', 'oga', 'om', 'ome', 'oj', 'im', 'ima', 'ih', 'iot', 'ata', 'oto', 'ite'];

/** Slavic noun endings of a consonant stem: Petrović-a, -u, -om, -em, -e (vocative), -i, -ima. */
const CONSONANT_SLAVIC = ['a', 'u', 'om', 'em', 'e', 'i', 'ima', 'ove', 'ovi', 'evi'];

/** Albanian definite and case endings of a consonant stem (ë folds to e). */
const CONSONANT_ALBANIAN = ['i', 'it', 'in', 'u', 'ut', 'un', 'e', 'es', 'en', 'et', 've', 't', 'n'];

/** Endings of an -a stem: Serbian Ane, Ani, Anu, Anom, vocative Ano, dative Ani/Petrovoj; Albanian Hoxhës, Hoxhën. */
const A_STEM = ['a', 'e', 'i', 'u', 'om', 'o', 'oj', 'es', 'en', 'et', 'ave'];

/** Endings of an -o stem: Marka, Marku, Markom; Albanian Markos, Markon, Markoja. */
const O_STEM_SLAVIC = ['a', 'u', 'om', 'e', 'i'];
const O_FULL_ALBANIAN = ['s', 'n', 't', 'ja', 'ne'];

/** -e names: Đorđe → Đorđa, Đorđu, Đorđem; hypocoristics Trajče → Trajčeta, Trajčetu. */
const E_STEM = ['a', 'u', 'em', 'om', 'e', 'i'];
const E_FULL = ['ta', 'tu', 'tom', 'te', 's', 'n', 't', 'ja'];

/** -i words: adjectival surnames (-ski: Petrovskog), Albanian definite forms (Dervishit), foreign -i names in Serbian (Olsija). */
const I_STEM_ADJECTIVAL = ['og', 'oga', 'om', 'ome', 'im', 'ih', 'ima', 'e', 'a', 'oj', 'u'];
const I_FULL = ['t', 'n', 'u', 'ut', 'un', 'ja', 'ju', 'jem', 'jom', 'ot', 'te', 'ta'];

/** -u words (Albanian Marku, Aliu): Markut, Markun; in Serbian text Markua, Markuom. */
const U_FULL = ['t', 'n', 'ja', 'se', 'ne', 'a', 'om'];

/** Slavic palatalisation before -i in the dative of -ka/-ga/-ha names (Luka → Luci). */
const SIBILARISED: Readonly<Record<string, string>> = { k: 'c', g: 'z', h: 's' };

function addAll(out: Set<string>, stem: string, endings: readonly string[]): void {
  for (const ending of endings) out.add(stem + ending);
}

function addPossessives(out: Set<string>, stem: string, markers: readonly string[]): void {
  for (const marker of markers) addAll(out, stem + marker, ADJECTIVE);
}

/**
 * Every inflected form of one folded name word, the word itself included. Words shorter
 * than two letters have no forms (they can only be initials).
 */
export function nameForms(key: string): Set<string> {
  const out = new Set<string>([key]);
  if (key.length < 2) return out;
  const last = key.charAt(key.length - 1);
  const stem = key.slice(0, -1);

  if (!VOWELS.has(last)) {
    addAll(out, key, CONSONANT_SLAVIC);
    addAll(out, key, CONSONANT_ALBANIAN);
    addPossessives(out, key, ['ov', 'ev']);
    // Fleeting a: Petar → Petra, Aleksandar → Aleksandra, Dimitar → Dimitre (vocative).
    if (key.length >= 4 && /[^aeiou]a[rlck]$/.test(key)) {
      const short = key.slice(0, -2) + last;
      addAll(out, short, ['a', 'u', 'om', 'e', 'i', 'em']);
      addPossessives(out, short, ['ov', 'ev']);
    }
    return out;
  }

  switch (last) {
    case 'a': {
      addAll(out, stem, A_STEM);
      addPossessives(out, stem, ['in']);
      const sibilant = SIBILARISED[stem.charAt(stem.length - 1)];
      if (sibilant !== undefined) out.add(`${stem.slice(0, -1)}${sibilant}i`);
      break;
    }
    case 'o':
      addAll(out, stem, O_STEM_SLAVIC);
      addAll(out, key, O_FULL_ALBANIAN);
      addPossessives(out, stem, ['ov']);
      break;
    case 'e':
      addAll(out, stem, E_STEM);
      addAll(out, key, E_FULL);
      addPossessives(out, stem, ['ov', 'ev']);
      break;
    case 'i':
      addAll(out, stem, I_STEM_ADJECTIVAL);
      addAll(out, key, I_FULL);
      break;
    case 'u':
      addAll(out, key, U_FULL);
      break;
  }
  return out;
}

/**
 * Prefixes under which an unforeseen inflection of a long name is still caught
 * (Petrovićima, Marijama): the key and its vowel-less stem. known-names.ts accepts a longer
 * capitalised word whose remainder after one of these is a short vowel-initial ending.
 */
export function inflectionPrefixes(key: string): string[] {
  const prefixes: string[] = [];
  if (key.length >= 5) prefixes.push(key);
  const last = key.charAt(key.length - 1);
  if (VOWELS.has(last) && key.length - 1 >= 5) prefixes.push(key.slice(0, -1));
  return prefixes;
}
