// The persons of a synthetic document: drawn from the demo's name pools (domain.md §6.2), with
// distinct names, the record the vault would hold for each, and the forms the text uses.

import { NAME_POOLS, type NamePoolId } from '../../../../electron/core/demo/name-pools';
import type { Rng } from '../../../../electron/core/demo/prng';
import type { ScrubPerson } from '../../../../shared/anonymise';
import type { CorpusLanguage } from './templates';
import {
  albanianForms, asciiFolded, bcmsGivenForms, bcmsPossessive, bcmsSurnameForms, initials, mkLatin, mkPossessive,
  mkVocative, srCyrillic, type MkConvention, type NameForm, type Sex,
} from './names';
import { birthDate, albanianNid, jmbg, type BirthDate } from './values';

export interface CorpusPerson {
  key: string;
  role: ScrubPerson['role'];
  code: string;
  sex: Sex;
  pool: NamePoolId;
  /** Latin spelling (Macedonian: the diacritic convention). */
  given: string;
  surname: string;
  /** Cyrillic spelling where the pool has one (Macedonian spelling for mk pools). */
  givenCyr?: string;
  surnameCyr?: string;
  dob: BirthDate;
}

export interface Mention {
  text: string;
  /** Whether the document's script conversion applies (Serbian Latin → Cyrillic). */
  convert: boolean;
  form: NameForm['form'];
}

function poolFor(rng: Rng, language: CorpusLanguage): NamePoolId {
  switch (language) {
    case 'mk':
      return rng.chance(0.2) ? 'mk_sq' : 'mk';
    case 'sr-Latn':
    case 'sr-Cyrl':
      return 'sr';
    case 'cnr':
      return rng.chance(0.1) ? 'sq' : 'me';
    case 'sq':
      return rng.chance(0.1) ? 'mk_sq' : 'sq';
    case 'en':
      return rng.pick(['mk', 'mk_sq', 'sr', 'sq', 'me'] as const);
  }
}

const prefixOf = (latin: string): string => asciiFolded(latin).toLowerCase().replace(/dj/g, 'd').slice(0, 4);

/** Draws a person whose name words share no four-letter beginning with any name already used. */
export function drawPerson(rng: Rng, language: CorpusLanguage, spec: { key: string; role: ScrubPerson['role']; code: string; sex: Sex }, used: Set<string>): CorpusPerson {
  for (let attempt = 0; attempt < 500; attempt++) {
    const pool = NAME_POOLS[poolFor(rng, language)];
    const given = rng.pick(spec.sex === 'female' ? pool.female : pool.male);
    const pair = rng.pick(pool.surnames);
    const surname = spec.sex === 'female' ? pair.female : pair.male;
    const givenLatin = pool.id === 'mk' && given.cyrillic ? mkLatin(given.cyrillic, 'diacritic') : given.latin;
    const surnameLatin = pool.id === 'mk' && surname.cyrillic ? mkLatin(surname.cyrillic, 'diacritic') : surname.latin;
    const prefixes = [prefixOf(givenLatin), prefixOf(surnameLatin)];
    // Two persons with the same initials would make "S.S." ambiguous to any reader.
    const initialsKey = `initials:${prefixes.map((p) => p.charAt(0)).sort().join('')}`;
    if (prefixes.some((p) => used.has(p)) || prefixes[0] === prefixes[1] || used.has(initialsKey)) continue;
    prefixes.forEach((p) => used.add(p));
    used.add(initialsKey);
    const person: CorpusPerson = { ...spec, pool: pool.id, given: givenLatin, surname: surnameLatin, dob: birthDate(rng) };
    if (given.cyrillic !== undefined && surname.cyrillic !== undefined) {
      person.givenCyr = given.cyrillic;
      person.surnameCyr = surname.cyrillic;
    }
    return person;
  }
  throw new Error('the name pools cannot produce distinct names for one document');
}

/** What the vault holds: Macedonian names in Cyrillic, Serbian in Latin or Cyrillic, Albanian in Latin. */
export function vaultRecord(rng: Rng, p: CorpusPerson, extras: Omit<ScrubPerson, 'id' | 'role' | 'code' | 'fullName' | 'aliases' | 'dateOfBirth'>): ScrubPerson {
  const cyrillic = p.givenCyr !== undefined && p.surnameCyr !== undefined ? `${p.givenCyr} ${p.surnameCyr}` : null;
  const latin = `${p.given} ${p.surname}`;
  let fullName = latin;
  if (p.pool === 'mk' && cyrillic) fullName = cyrillic;
  else if (p.pool === 'mk_sq' && cyrillic && rng.chance(0.5)) fullName = cyrillic;
  else if ((p.pool === 'sr' || p.pool === 'me') && cyrillic && rng.chance(0.3)) fullName = cyrillic;
  const dateOfBirth = `${p.dob.year}-${String(p.dob.month).padStart(2, '0')}-${String(p.dob.day).padStart(2, '0')}`;
  return { id: p.key, role: p.role, code: p.code, fullName, aliases: [], dateOfBirth, ...extras };
}

/** The person's own number: a JMBG in the JMBG countries, an NID for Albanians. */
export function personalNumber(rng: Rng, p: CorpusPerson): string {
  return p.pool === 'sq' ? albanianNid(rng, p.dob, p.sex === 'female') : jmbg(rng, p.dob, true);
}

/** The full name as the document's script writes it. */
export function nominative(p: CorpusPerson, language: CorpusLanguage, rng: Rng): Mention {
  if (language === 'mk') {
    if (p.givenCyr && p.surnameCyr) return { text: `${p.givenCyr} ${p.surnameCyr}`, convert: true, form: 'nominative' };
    return { text: `${p.given} ${p.surname}`, convert: true, form: 'nominative' };
  }
  if (language === 'en' && p.pool === 'mk' && p.givenCyr && p.surnameCyr) {
    return { text: mkLatin(`${p.givenCyr} ${p.surnameCyr}`, rng.pick(['diacritic', 'digraph', 'acute'] as const)), convert: false, form: 'nominative' };
  }
  return { text: `${p.given} ${p.surname}`, convert: true, form: 'nominative' };
}

/** Every other way the document may mention the person, grouped by what they exercise. */
export function mentionForms(p: CorpusPerson, language: CorpusLanguage, rng: Rng): Mention[][] {
  const groups: Mention[][] = [];
  const add = (form: Mention['form'], texts: readonly (string | null | undefined)[], convert = true): void => {
    const list = texts.filter((t): t is string => typeof t === 'string' && t.length > 0).map((text) => ({ text, convert, form }));
    if (list.length > 0) groups.push(list);
  };
  if (language === 'mk' && p.givenCyr && p.surnameCyr) {
    const g = p.givenCyr;
    const s = p.surnameCyr;
    add('nominative', [g, s, `${s} ${g}`]);
    add('vocative', [mkVocative(g, p.sex)]);
    add('possessive', [mkPossessive(g, p.sex, false), mkPossessive(g, p.sex, true)]);
    add('initials', [initials(g, s, false), initials(g, s, true), `${Array.from(g)[0] ?? ''}. ${s}`]);
    add('capitals', [s.toUpperCase(), `${g} ${s}`.toUpperCase()]);
    const convention: MkConvention = rng.pick(['diacritic', 'digraph', 'acute']);
    add('transliterated', p.pool === 'mk' ? [mkLatin(`${g} ${s}`, convention), mkLatin(s, convention)] : [`${p.given} ${p.surname}`, ...albanianForms(p.surname)]);
    add('folded', [asciiFolded(mkLatin(`${g} ${s}`, 'diacritic')), asciiFolded(mkLatin(s, 'diacritic'))]);
    return groups;
  }
  if (language === 'sr-Latn' || language === 'sr-Cyrl' || language === 'cnr') {
    const g = p.given;
    const s = p.surname;
    const givenForms = p.pool === 'sq' ? albanianForms(g) : bcmsGivenForms(g, p.sex);
    const surnameForms = p.pool === 'sq' ? albanianForms(s) : bcmsSurnameForms(s, p.sex);
    add('nominative', [g, s]);
    add('inflected', [...givenForms, ...surnameForms, givenForms[0] && surnameForms[0] ? `${givenForms[0]} ${surnameForms[0]}` : undefined]);
    add('possessive', p.pool === 'sq' ? [] : [bcmsPossessive(g, p.sex)]);
    add('initials', [initials(g, s, false), `${Array.from(g)[0] ?? ''}. ${s}`, `${g} ${Array.from(s)[0] ?? ''}.`]);
    add('capitals', [s.toUpperCase()]);
    add('folded', [asciiFolded(`${g} ${s}`), asciiFolded(s)], false);
    add('transliterated', language === 'sr-Cyrl' ? [`${g} ${s}`] : [srCyrillic(`${g} ${s}`)], false);
    add('lower case', [`${g} ${s}`.toLowerCase()]);
    return groups;
  }
  if (language === 'sq') {
    const g = p.given;
    const s = p.surname;
    add('nominative', [g, s]);
    add('inflected', [...albanianForms(g), ...albanianForms(s)]);
    add('initials', [initials(g, s, false), `${Array.from(g)[0] ?? ''}. ${s}`]);
    add('capitals', [s.toUpperCase(), `${g} ${s}`.toUpperCase()]);
    add('folded', [asciiFolded(`${g} ${s}`), ...albanianForms(s).map(asciiFolded)]);
    if (p.givenCyr && p.surnameCyr) add('transliterated', [`${p.givenCyr} ${p.surnameCyr}`]);
    return groups;
  }
  // English
  const latinFull = p.pool === 'mk' && p.givenCyr && p.surnameCyr ? mkLatin(`${p.givenCyr} ${p.surnameCyr}`, rng.pick(['diacritic', 'digraph', 'acute'] as const)) : `${p.given} ${p.surname}`;
  const [g = '', s = ''] = latinFull.split(' ');
  add('nominative', [g, s]);
  add('initials', [initials(g, s, false), `${Array.from(g)[0] ?? ''}. ${s}`]);
  add('capitals', [s.toUpperCase()]);
  add('folded', [asciiFolded(latinFull), asciiFolded(s)]);
  if (p.givenCyr && p.surnameCyr) add('transliterated', [p.pool === 'mk' || p.pool === 'mk_sq' ? `${p.givenCyr} ${p.surnameCyr}` : srCyrillic(`${p.given} ${p.surname}`)]);
  if (p.pool === 'sq') add('inflected', albanianForms(s));
  if (p.pool === 'sr' || p.pool === 'me') add('inflected', bcmsSurnameForms(s, p.sex));
  return groups;
}
