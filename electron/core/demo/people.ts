// Draws synthetic identities (name, birth data, addresses, numbers) and renders a person's name
// in the script of a given document. Names are random pairings from the pools, re-drawn when a
// pairing is a public figure or repeats a name already used in the same case.

import type { DocLanguage, Education, Occupation, PersonFacts } from './case-facts';
import { isDeniedName } from './deny-list';
import { makeAlbanianNid, makeJmbg, makePhone } from './identity-numbers';
import { NAME_POOLS, type GivenName, type NamePoolId, type Surname } from './name-pools';
import { makeAddress, TOWNS, type CountryId, type Town } from './places';
import type { Rng } from './prng';
import { mkToLatin, mkToPassport, srCyrillicToMk } from './transliterate';

export interface IdentitySpec {
  key: string;
  code: string;
  role: PersonFacts['role'];
  sex: 'female' | 'male';
  birthDay: number;
  dobPrecision: 'day' | 'year';
  home: CountryId | 'xk';
  /** Country whose court file names the person: decides whether a Cyrillic name is needed. */
  caseCountry: CountryId;
  needsCyrillic: boolean;
  withIdNumber: boolean;
  withPhone: boolean;
  occupation: Occupation;
  education: Education;
  priorConvictions: boolean;
  /** Preferred town of residence (e.g. the case town for defendants). */
  town?: Town;
}

function poolFor(rng: Rng, spec: IdentitySpec): NamePoolId {
  switch (spec.home) {
    case 'mk':
      // About a quarter of the population of North Macedonia is Albanian (domain.md §6.2).
      return rng.chance(0.22) ? 'mk_sq' : 'mk';
    case 'rs':
      return 'sr';
    case 'me':
      return 'me';
    case 'al':
    case 'xk':
      // Macedonian files write Albanian names in Cyrillic: only the paired pool has those.
      return spec.needsCyrillic ? 'mk_sq' : 'sq';
  }
}

function latinFull(given: GivenName, surname: Surname): string {
  return `${given.latin} ${surname.latin}`;
}

/**
 * Draws a person. `usedNames` holds the Latin full names already used in the case so two
 * persons of one case never share a name (that would make the file ambiguous).
 */
export function drawPerson(rng: Rng, spec: IdentitySpec, usedNames: Set<string>): PersonFacts {
  const pool = NAME_POOLS[poolFor(rng, spec)];
  const givenList = spec.sex === 'female' ? pool.female : pool.male;
  let given = rng.pick(givenList);
  let surnamePair = rng.pick(pool.surnames);
  let surname = spec.sex === 'female' ? surnamePair.female : surnamePair.male;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (!isDeniedName(given.latin, surname.latin) && !usedNames.has(latinFull(given, surname))) break;
    given = rng.pick(givenList);
    surnamePair = rng.pick(pool.surnames);
    surname = spec.sex === 'female' ? surnamePair.female : surnamePair.male;
  }
  if (isDeniedName(given.latin, surname.latin)) {
    throw new Error('name pools cannot produce an allowed name');
  }
  usedNames.add(latinFull(given, surname));

  const towns = TOWNS[spec.home];
  const residenceTown = spec.town ?? rng.pick(towns);
  const birthTown = rng.chance(0.6) ? residenceTown : rng.pick(towns);
  const female = spec.sex === 'female';

  const person: PersonFacts = {
    key: spec.key,
    code: spec.code,
    role: spec.role,
    sex: spec.sex,
    birthDay: spec.birthDay,
    dobPrecision: spec.dobPrecision,
    pool: pool.id,
    given,
    surname,
    father: rng.pick(pool.male),
    citizenship: spec.home,
    home: spec.home,
    birthTown,
    residenceTown,
    address: makeAddress(rng, spec.home, residenceTown),
    occupation: spec.occupation,
    education: spec.education,
    married: rng.chance(0.45),
    children: rng.weighted([[0, 4], [1, 3], [2, 3], [3, 1]] as const),
    priorConvictions: spec.priorConvictions,
  };
  if (spec.withIdNumber) {
    if (spec.home === 'al') person.nid = makeAlbanianNid(rng, spec.birthDay, female);
    else if (spec.home !== 'xk') person.jmbg = makeJmbg(rng, spec.birthDay, female, spec.home);
  }
  if (spec.withPhone) person.phone = makePhone(rng, spec.home);
  return person;
}

/** True when the person's name exists in Cyrillic (Macedonian and Serbian files need it). */
export function hasCyrillic(p: PersonFacts): boolean {
  return p.given.cyrillic !== undefined && p.surname.cyrillic !== undefined;
}

/** Full name as a document in `lang` writes it. */
export function nameIn(p: PersonFacts, lang: DocLanguage): string {
  const cyr = hasCyrillic(p) ? `${p.given.cyrillic ?? ''} ${p.surname.cyrillic ?? ''}` : undefined;
  if (lang === 'mk' && cyr !== undefined) return srCyrillicToMk(cyr);
  if (lang === 'sr-Cyrl' && cyr !== undefined) return cyr;
  return latinFull(p.given, p.surname);
}

/** Father's first name as written in `lang` (nominative). */
export function fatherIn(p: PersonFacts, lang: DocLanguage): string {
  if ((lang === 'mk' || lang === 'sr-Cyrl') && p.father.cyrillic !== undefined) return p.father.cyrillic;
  return p.father.latin;
}

/** Initials with dots, the way published judgments shorten names (И.С., I.S.). */
export function initialsIn(p: PersonFacts, lang: DocLanguage): string {
  const parts = nameIn(p, lang).split(' ');
  return parts.map((w) => `${Array.from(w)[0] ?? ''}.`).join('');
}

/** Passport-style spelling without diacritics, for Macedonian names only. */
export function passportName(p: PersonFacts): string | undefined {
  if (p.pool !== 'mk') return undefined;
  const cyr = `${p.given.cyrillic ?? ''} ${p.surname.cyrillic ?? ''}`;
  const passport = mkToPassport(cyr);
  return passport === mkToLatin(cyr) ? undefined : passport;
}
