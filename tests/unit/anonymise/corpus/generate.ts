// The labelled synthetic corpus of the quality tests (issue 6: "tests on a labelled synthetic
// corpus the tests generate, in all five languages and scripts"): documents in Macedonian
// Cyrillic, Serbian Latin and Cyrillic, Montenegrin Latin, Albanian and English, each with five
// persons the vault knows (in inflected, transliterated, folded, initial and capital forms),
// persons it does not know, and unknown personal data of every type, next to ordinary text that
// must survive. Deterministic for a seed.

import { createRng, type Rng } from '../../../../electron/core/demo/prng';
import type { ScrubPerson } from '../../../../shared/anonymise';
import { DocumentBuilder, type GoldType } from './builder';
import { bcmsGivenForms, bcmsSurnameForms, mkLatin, srCyrillic } from './names';
import { drawPerson, mentionForms, nominative, personalNumber, vaultRecord, type CorpusPerson, type Mention } from './people';
import { KEEP, TEMPLATES, type CorpusLanguage } from './templates';
import * as values from './values';

export interface CorpusDocument {
  language: CorpusLanguage;
  text: string;
  persons: ScrubPerson[];
  gold: DocumentBuilder['gold'];
  kept: DocumentBuilder['kept'];
}

export const CORPUS_LANGUAGES: readonly CorpusLanguage[] = ['mk', 'sr-Latn', 'sr-Cyrl', 'cnr', 'sq', 'en'];

const STREETS: Readonly<Record<string, readonly string[]>> = {
  mk: ['Илинденска', 'Маршал Тито', 'Партизанска', 'Гоце Делчев', 'Октомвриска', 'Пролетерска', 'Јане Сандански', 'Васил Главинов'],
  sr: ['Njegoševa', 'Cara Dušana', 'Kralja Petra Prvog', 'Vojvode Stepe', 'Nemanjina', 'Kneza Miloša', 'Takovska', 'Železnička'],
  cnr: ['Njegoševa', 'Slobode', 'Hercegovačka', 'Bokeška', 'Vojvode Mirka', 'Svetog Petra Cetinjskog'],
  sq: ['e Kavajës', 'e Durrësit', 'e Elbasanit', 'Tregtare', 'e Dibrës', 'Ismail Qemali', 'Myslym Shyri'],
  en: ['Green', 'Station', 'Church', 'Mill', 'Park'],
};
const TOWNS: Readonly<Record<string, readonly string[]>> = {
  mk: ['Скопје', 'Куманово', 'Битола', 'Тетово'],
  sr: ['Beograd', 'Novi Sad', 'Niš', 'Kragujevac'],
  cnr: ['Podgorica', 'Nikšić', 'Bar', 'Budva'],
  sq: ['Tiranë', 'Durrës', 'Elbasan', 'Shkodër'],
  en: ['London', 'Milano', 'Wien'],
};

type Family = 'mk' | 'sr' | 'cnr' | 'sq' | 'en';

function family(language: CorpusLanguage): Family {
  return language === 'sr-Latn' || language === 'sr-Cyrl' ? 'sr' : language;
}

/** A street address as the vault stores it, in the person's home language. */
function storedAddress(rng: Rng, fam: Family): { stored: string; street: string; number: number; town: string } {
  const street = rng.pick(STREETS[fam] ?? []);
  const number = rng.int(1, 140);
  const town = rng.pick(TOWNS[fam] ?? []);
  switch (fam) {
    case 'mk':
      return { stored: `ул. ${street} бр. ${number}, ${town}`, street, number, town };
    case 'sr':
    case 'cnr':
      return { stored: `ul. ${street} br. ${number}, ${town}`, street, number, town };
    case 'sq':
      return { stored: `Rruga ${street}, nr. ${number}, ${town}`, street, number, town };
    case 'en':
      return { stored: `${number} ${street} Street, ${town}`, street, number, town };
  }
}

/** The same address as a text may word it. */
function writtenAddress(rng: Rng, fam: Family, a: ReturnType<typeof storedAddress>): string {
  const variants: string[] = [a.stored];
  switch (fam) {
    case 'mk':
      variants.push(`ул. ${a.street} ${a.number}`, `${a.street} бр. ${a.number}`, `улица ${a.street} бр. ${a.number}, ${a.town}`);
      break;
    case 'sr':
    case 'cnr':
      variants.push(`ulici ${a.street} broj ${a.number}`, `${a.street} ${a.number}`);
      if (/^\p{Lu}\p{L}+a$/u.test(a.street)) variants.push(`${a.street.slice(0, -1)}oj ulici broj ${a.number}`);
      break;
    case 'sq':
      variants.push(`Rrugën ${a.street}, nr. ${a.number}`, `rr. ${a.street} ${a.number}`);
      break;
    case 'en':
      variants.push(`${a.number} ${a.street} Street`);
      break;
  }
  return rng.pick(variants);
}

/** An address of someone the vault does not know, in a form the street recogniser must find. */
function unknownAddress(rng: Rng, fam: Family): string {
  const street = rng.pick(STREETS[fam] ?? []);
  const n = rng.int(1, 140);
  const forms: Record<Family, string[]> = {
    mk: [`ул. ${street} бр. ${n}`, `ул. ${street} ${n}`, `бул. ${street} бр. ${n}/${rng.int(1, 9)}`, `улица ${street} бр. ${n}`],
    sr: [`ul. ${street} br. ${n}`, `ulica ${street} ${n}`, `ul. ${street} ${n}a`, `ulici ${street} broj ${n}`],
    cnr: [`ul. ${street} br. ${n}`, `ulica ${street} ${n}`, `bul. ${street} ${n}`],
    sq: [`Rruga ${street}, nr. ${n}`, `Rruga ${street}, Pallati ${n}, Shkalla ${rng.int(1, 4)}`, `rr. ${street} ${n}`],
    en: [`${n} ${street} Street`, `Via ${rng.pick(['Roma', 'Garibaldi', 'Verdi'])} ${n}`, `ul. ${rng.pick(STREETS['sr'] ?? [])} br. ${n}`],
  };
  return rng.pick(forms[fam]);
}

/** A known phone as stored (international) and as a text writes it. */
function knownPhone(rng: Rng): { stored: string; written: () => string } {
  const plans = [
    { cc: '389', first: `7${rng.int(0, 8)}`, rest: [3, 3] },
    { cc: '381', first: `6${rng.int(0, 6)}`, rest: [3, 4] },
    { cc: '355', first: `6${rng.int(7, 9)}`, rest: [3, 4] },
    { cc: '382', first: `6${rng.int(7, 9)}`, rest: [3, 3] },
  ];
  const plan = rng.pick(plans);
  const groups = plan.rest.map((n) => Array.from({ length: n }, () => String(rng.int(0, 9))).join(''));
  const stored = `+${plan.cc} ${plan.first} ${groups.join(' ')}`;
  const written = (): string => rng.pick([
    stored,
    `0${plan.first} ${groups.join(' ')}`,
    `0${plan.first}/${groups.join('-')}`,
    `00${plan.cc} ${plan.first} ${groups.join('')}`,
    `+${plan.cc} (0)${plan.first} ${groups.join(' ')}`,
  ]);
  return { stored, written };
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Cast {
  persons: Map<string, CorpusPerson>;
  records: Map<string, ScrubPerson>;
  queues: Map<string, Mention[]>;
  phones: Map<string, () => string>;
  addresses: Map<string, string>;
  plates: Map<string, string>;
  unknown: Map<string, CorpusPerson>;
}

function cast(rng: Rng, language: CorpusLanguage, doc: number): Cast {
  const used = new Set<string>();
  const fam = family(language);
  const specs = [
    { key: 'V1', role: 'victim' as const, code: 'V1', sex: rng.chance(0.9) ? 'female' as const : 'male' as const },
    { key: 'V2', role: 'victim' as const, code: 'V2', sex: 'female' as const },
    { key: 'D1', role: 'defendant' as const, code: 'D1', sex: rng.chance(0.85) ? 'male' as const : 'female' as const },
    { key: 'D2', role: 'defendant' as const, code: 'D2', sex: 'male' as const },
    { key: 'W1', role: 'witness' as const, code: 'W1', sex: rng.chance(0.5) ? 'male' as const : 'female' as const },
  ];
  const c: Cast = { persons: new Map(), records: new Map(), queues: new Map(), phones: new Map(), addresses: new Map(), plates: new Map(), unknown: new Map() };
  for (const spec of specs) {
    const p = drawPerson(rng, language, { ...spec, key: `doc${doc}-${spec.key}` }, used);
    const phone = knownPhone(rng);
    const home: Family = fam === 'en' ? rng.pick(['mk', 'sr', 'sq', 'en'] as const) : fam;
    const address = storedAddress(rng, home);
    const plate = values.plate(rng, false);
    const latinAddress = fam === 'en' && /[\u0400-\u04ff]/u.test(address.stored) ? { ...address, stored: mkLatin(address.stored, 'diacritic'), street: mkLatin(address.street, 'diacritic'), town: mkLatin(address.town, 'diacritic') } : address;
    const record = vaultRecord(rng, p, {
      idNumbers: [personalNumber(rng, p)],
      addresses: [latinAddress.stored],
      phones: [phone.stored],
      emails: [`${p.key.toLowerCase().replace(/[^a-z0-9]/g, '')}.${rng.int(10, 99)}@mail.example`],
      otherIdentifiers: spec.key === 'D1' ? [`vehicle ${plate}`] : [],
    });
    c.persons.set(spec.key, p);
    c.records.set(spec.key, record);
    c.phones.set(spec.key, phone.written);
    c.addresses.set(spec.key, writtenAddress(rng, home, latinAddress));
    c.plates.set(spec.key, plate);
    // Forms cycle so that every kind of form appears before any repeats.
    const groups = mentionForms(p, language, rng);
    const queue: Mention[] = [];
    for (let round = 0; round < 3; round++) {
      for (const g of shuffled(rng, groups)) queue.push(rng.pick(g));
    }
    c.queues.set(spec.key, queue);
  }
  for (const key of ['U', 'U2', 'U3', 'U4']) {
    const sex = key === 'U2' || key === 'U3' ? 'male' : key === 'U4' ? 'female' : rng.chance(0.5) ? 'male' : 'female';
    const p = drawPerson(rng, language, { key: `doc${doc}-${key}`, role: 'other', code: key, sex }, used);
    c.unknown.set(key, p);
  }
  return c;
}

/** The full name in the genitive a preceding "okrivljenog" governs (Serbian, Montenegrin); other languages keep it. */
function obliqueName(p: CorpusPerson, language: CorpusLanguage): string {
  if (language === 'sr-Latn' || language === 'sr-Cyrl' || language === 'cnr') {
    const given = bcmsGivenForms(p.given, p.sex)[0] ?? p.given;
    const surname = bcmsSurnameForms(p.surname, p.sex)[0] ?? p.surname;
    return `${given} ${surname}`;
  }
  if (language === 'mk' && p.givenCyr && p.surnameCyr) return `${p.givenCyr} ${p.surnameCyr}`;
  return `${p.given} ${p.surname}`;
}

const SLOT = /\{([A-Za-z0-9]+)(?::([A-Za-z]+))?\}/g;

/** One synthetic document in `language`. */
export function generateDocument(seed: number, language: CorpusLanguage, doc: number): CorpusDocument {
  const rng = createRng(seed, doc * 7 + CORPUS_LANGUAGES.indexOf(language));
  const fam = family(language);
  const builder = new DocumentBuilder(language === 'sr-Cyrl' ? srCyrillic : (t) => t);
  const c = cast(rng, language, doc);
  const keep = KEEP[fam];
  let entitySerial = 0;
  const fresh = (type: GoldType): { type: GoldType; entity: string; form: string } => ({ type, entity: `${type}-${++entitySerial}`, form: type });
  const dateText = (d: values.BirthDate): { text: string; convert: boolean } => {
    const text = values.writtenDate(rng, d, fam === 'sr' ? 'sr' : fam);
    return { text, convert: /\p{Ll}{3}/u.test(text) };
  };

  const slot = (name: string, field: string | undefined): void => {
    const person = c.persons.get(name);
    const record = c.records.get(name);
    if (person && record) {
      const known = (type: GoldType, form: string): { type: GoldType; entity: string; personId: string; form: string } =>
        ({ type, entity: `${record.id}:${form}`, personId: record.id, form });
      switch (field) {
        case undefined: {
          const m = c.queues.get(name)?.shift() ?? nominative(person, language, rng);
          builder.pii(m.text, { type: 'known-name', entity: record.id, personId: record.id, form: m.form }, m.convert);
          return;
        }
        case 'intro': {
          const m = nominative(person, language, rng);
          builder.pii(m.text, { type: 'known-name', entity: record.id, personId: record.id, form: 'nominative' }, m.convert);
          return;
        }
        case 'dob': {
          const d = dateText(person.dob);
          builder.pii(d.text, known('known-identifier', 'date of birth'), d.convert);
          return;
        }
        case 'id':
          builder.pii(record.idNumbers[0] ?? '', known('known-identifier', 'id number'), false);
          return;
        case 'phone':
          builder.pii(c.phones.get(name)?.() ?? '', known('known-identifier', 'phone'), false);
          return;
        case 'address':
          builder.pii(c.addresses.get(name) ?? '', known('known-identifier', 'address'), language === 'sr-Cyrl');
          return;
        case 'email': {
          const e = record.emails[0] ?? '';
          builder.pii(rng.chance(0.3) ? e.charAt(0).toUpperCase() + e.slice(1) : e, known('known-identifier', 'email'), false);
          return;
        }
        case 'plate': {
          const p = c.plates.get(name) ?? '';
          builder.pii(rng.chance(0.5) ? p.replace(/-/g, ' ') : p, known('known-identifier', 'other identifier'), false);
          return;
        }
      }
    }
    const unknown = c.unknown.get(name);
    if (unknown) {
      const entity = `unknown:${unknown.key}`;
      if (field === 'intro') {
        builder.pii(nominative(unknown, language, rng).text, { type: 'unknown-name', entity, form: 'nominative' });
      } else if (field === 'oblique') {
        const text = obliqueName(unknown, language);
        builder.pii(text, { type: 'unknown-name', entity, form: 'oblique case' });
      } else {
        // A later mention: a word of the name, plain or inflected.
        const groups = mentionForms(unknown, language, rng).filter((g) => g[0]?.form === 'nominative' || g[0]?.form === 'inflected');
        const m = rng.pick(rng.pick(groups));
        builder.pii(m.text, { type: 'unknown-name', entity, form: `repeated, ${m.form}` }, m.convert);
      }
      return;
    }
    const date = values.birthDate(rng);
    switch (name) {
      case 'jmbg':
        builder.pii(values.jmbg(rng, date, true), fresh('jmbg-valid'), false);
        return;
      case 'jmbgBad':
        builder.pii(values.jmbg(rng, date, false), fresh('personal-number'), false);
        return;
      case 'nid':
        builder.pii(values.albanianNid(rng, date, rng.chance(0.5)), fresh('personal-number'), false);
        return;
      case 'phone':
        builder.pii(values.phone(rng), fresh('phone'), false);
        return;
      case 'landline':
        builder.pii(values.landline(rng), fresh('phone'), false);
        return;
      case 'email':
        builder.pii(values.email(rng), fresh('email'), false);
        return;
      case 'iban':
        builder.pii(values.iban(rng, rng.chance(0.5)), fresh('iban'), false);
        return;
      case 'account':
        builder.pii(values.bankAccount(rng), fresh('iban'), false);
        return;
      case 'case':
        builder.pii(values.caseNumber(rng, fam), fresh('case-number'), language === 'sr-Cyrl');
        return;
      case 'plate':
        builder.pii(values.plate(rng, language === 'mk' || language === 'sr-Cyrl' ? rng.chance(0.5) : false), fresh('plate'), false);
        return;
      case 'dob': {
        const d = dateText(date);
        builder.pii(d.text, fresh('date-of-birth'), d.convert);
        return;
      }
      case 'address':
        builder.pii(unknownAddress(rng, fam), fresh('address'), language === 'sr-Cyrl');
        return;
      case 'eventDate': {
        const d = dateText({ year: rng.int(2015, 2024), month: rng.int(1, 12), day: rng.int(1, 28) });
        builder.keep(d.text, 'event date', d.convert);
        return;
      }
      case 'year':
        builder.keep(String(rng.int(2015, 2024)), 'year');
        return;
      case 'amount':
        builder.keep(rng.pick(['5.000', '12.500', '300', '1.200.000', '45 000']), 'amount');
        return;
      case 'article':
        builder.keep(rng.pick(keep.article), 'article of the criminal code');
        return;
      case 'gazette':
        builder.keep(rng.pick(keep.gazette), 'official gazette number');
        return;
      case 'jmbgKeep':
        builder.keep(values.jmbg(rng, date, false), '13 digits failing the checksum, no citizen-number word', false);
        return;
      case 'word':
        builder.keep(rng.pick(keep.words), 'ordinary sentence');
        return;
    }
    throw new Error(`unknown slot {${name}${field === undefined ? '' : `:${field}`}}`);
  };

  for (const template of TEMPLATES[language]) {
    let cursor = 0;
    for (const m of template.matchAll(SLOT)) {
      builder.text(template.slice(cursor, m.index));
      slot(m[1] ?? '', m[2]);
      cursor = m.index + m[0].length;
    }
    builder.text(template.slice(cursor));
  }
  return {
    language,
    text: builder.toString(),
    persons: [...c.records.values()],
    gold: builder.gold,
    kept: builder.kept,
  };
}

export function generateCorpus(seed: number, documentsPerLanguage: number): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const language of CORPUS_LANGUAGES) {
    for (let i = 0; i < documentsPerLanguage; i++) docs.push(generateDocument(seed, language, i));
  }
  return docs;
}
