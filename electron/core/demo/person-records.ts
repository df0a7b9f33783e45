// Interchange person records. Every string here is personal data by the format's definition, so
// the records deliberately carry the variants an anonymiser must catch: the name in the file's
// script, its transliteration, the passport spelling and the initials.

import { isoDate } from './calendar';
import type { CaseFacts, DocLanguage, PersonFacts } from './case-facts';
import type { DemoPerson } from './demo-types';
import { hasCyrillic, initialsIn, nameIn, passportName } from './people';
import type { Rng } from './prng';
import { mkToLatin, srToCyrillic } from './transliterate';

const PLATE_PREFIX: Readonly<Record<string, readonly string[]>> = {
  mk: ['SK', 'KU', 'BT', 'TE', 'OH'],
  rs: ['BG', 'NS', 'NI', 'KG'],
  al: ['AA', 'AB', 'AC'],
  me: ['PG', 'NK', 'BR', 'BD'],
  xk: ['01', '02', '03'],
};

function plate(rng: Rng, home: string): string {
  const letters = (k: number): string => Array.from({ length: k }, () => 'ABCEHKMTXZ'.charAt(rng.int(0, 9))).join('');
  const prefix = rng.pick(PLATE_PREFIX[home] ?? ['XX']);
  switch (home) {
    case 'mk': return `${prefix}-${rng.int(1000, 9999)}-${letters(2)}`;
    case 'rs': return `${prefix} ${rng.int(100, 999)}-${letters(2)}`;
    case 'al': return `${prefix} ${rng.int(100, 999)} ${letters(2)}`;
    case 'me': return `${prefix} ${letters(2)}${rng.int(100, 999)}`;
    default: return `${prefix}-${rng.int(100, 999)}-${letters(2)}`;
  }
}

/** Address as the file writes it: Serbian Cyrillic files transliterate Serbian addresses. */
function addressIn(p: PersonFacts, lang: DocLanguage): string {
  if (lang === 'sr-Cyrl' && (p.home === 'rs' || p.home === 'me')) return srToCyrillic(p.address);
  return p.address;
}

export function personRecord(rng: Rng, p: PersonFacts, f: CaseFacts, fileLanguage: DocLanguage): DemoPerson {
  const fullName = nameIn(p, fileLanguage);
  const aliases: string[] = [];
  const latin = nameIn(p, 'sr-Latn');
  if (latin !== fullName) aliases.push(latin);
  if (hasCyrillic(p)) {
    const cyr = nameIn(p, fileLanguage === 'mk' ? 'mk' : 'sr-Cyrl');
    if (cyr !== fullName) aliases.push(cyr);
  }
  const passport = passportName(p);
  if (passport !== undefined) aliases.push(passport);
  aliases.push(initialsIn(p, fileLanguage));
  const record: DemoPerson = {
    key: p.key,
    role: p.role,
    code: p.code,
    full_name: fullName,
    aliases: [...new Set(aliases)].filter((a) => a !== fullName),
    date_of_birth: p.dobPrecision === 'day' ? isoDate(p.birthDay) : isoDate(p.birthDay).slice(0, 4),
    sex: p.sex,
    citizenship: p.citizenship,
  };
  const ids: string[] = [];
  if (p.jmbg !== undefined) ids.push(p.jmbg);
  if (p.nid !== undefined) ids.push(p.nid);
  if (ids.length > 0) record.id_numbers = ids;
  if (p.role !== 'witness' || rng.chance(0.5)) {
    const address = addressIn(p, fileLanguage);
    // English notes and passports use the Latin form of Macedonian addresses.
    record.addresses = p.home === 'mk' && rng.chance(0.3) ? [address, mkToLatin(address)] : [address];
  }
  if (p.phone !== undefined) record.phones = [p.phone];
  // Transporters are identified in files by the vehicle they drove.
  if (p.role === 'defendant' && (f.defendants.find((d) => d.key === p.key)?.roles.includes('transporter') === true || rng.chance(0.15))) {
    record.other_identifiers = [`vehicle ${plate(rng, p.home)}`];
  }
  return record;
}
