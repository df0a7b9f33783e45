// Common first names and surnames per community (domain.md §6.2). Names are only ever paired
// at random from these lists, never taken from case law, so no synthetic person is a real one.
// Each pool records the spellings the documents need: the court file's script, Latin for
// passports and English notes, and genitive forms where a data block inflects the father's name.

import { mkToLatin, srToCyrillic } from './transliterate';

export type NamePoolId = 'mk' | 'mk_sq' | 'sr' | 'sq' | 'me';

export interface GivenName {
  latin: string;
  /** Cyrillic as the court file writes it; absent for pools never written in Cyrillic. */
  cyrillic?: string;
  /** Genitive (Latin) for "sin Dragana" / "i biri i Arbenit"; Macedonian does not inflect. */
  genitive?: string;
}

export interface Surname {
  latin: string;
  cyrillic?: string;
}

export interface NamePool {
  id: NamePoolId;
  male: readonly GivenName[];
  female: readonly GivenName[];
  /** Surname in the form for the given sex (-ski/-ska; Serbian and Albanian do not change). */
  surnames: readonly { male: Surname; female: Surname }[];
}

// ---- Macedonian (Cyrillic is the source; Latin is derived by transliteration) ----

const MK_MALE = [
  'Александар', 'Никола', 'Стефан', 'Дејан', 'Горан', 'Зоран', 'Марко', 'Игор', 'Бојан',
  'Трајче', 'Димитар', 'Влатко', 'Кирил', 'Филип', 'Петар', 'Љупчо', 'Благој',
] as const;

const MK_FEMALE = [
  'Марија', 'Елена', 'Ана', 'Ивана', 'Билјана', 'Снежана', 'Катерина', 'Сашка', 'Весна',
  'Јована', 'Сара', 'Мартина', 'Александра', 'Тамара', 'Драгана', 'Маја',
] as const;

const MK_SURNAMES = [
  'Петровски', 'Стојановски', 'Николовски', 'Трајковски', 'Јовановски', 'Ристовски',
  'Димитриевски', 'Илиевски', 'Ангеловски', 'Костовски', 'Николов', 'Петров', 'Стојанов',
  'Георгиев', 'Атанасов', 'Митев',
] as const;

/** Macedonian feminine surname: -ски -> -ска, -ов/-ев -> -ова/-ева. */
export function mkFeminineSurname(masculine: string): string {
  if (masculine.endsWith('ски')) return `${masculine.slice(0, -1)}а`;
  return `${masculine}а`;
}

// ---- Albanian community in North Macedonia (Macedonian files write the names in Cyrillic) ----

const MK_SQ_MALE: readonly (readonly [string, string])[] = [
  ['Арбен', 'Arben'], ['Ардит', 'Ardit'], ['Бесник', 'Besnik'], ['Дритан', 'Dritan'],
  ['Луан', 'Luan'], ['Алтин', 'Altin'], ['Сокол', 'Sokol'], ['Ермал', 'Ermal'],
];

const MK_SQ_FEMALE: readonly (readonly [string, string])[] = [
  ['Арта', 'Arta'], ['Беса', 'Besa'], ['Блерта', 'Blerta'], ['Мимоза', 'Mimoza'],
  ['Аниса', 'Anisa'], ['Елона', 'Elona'], ['Дорина', 'Dorina'],
];

const MK_SQ_SURNAMES: readonly (readonly [string, string])[] = [
  ['Адеми', 'Ademi'], ['Реџепи', 'Rexhepi'], ['Мемети', 'Memeti'], ['Исени', 'Iseni'],
  ['Селими', 'Selimi'], ['Алиу', 'Aliu'], ['Шабани', 'Shabani'], ['Сулејмани', 'Sulejmani'],
  ['Бајрами', 'Bajrami'], ['Јашари', 'Jashari'], ['Емини', 'Emini'], ['Зеќири', 'Zeqiri'],
];

// ---- Serbian (Latin is the source; Cyrillic is derived) ----

const SR_MALE: readonly (readonly [string, string])[] = [
  ['Nikola', 'Nikole'], ['Marko', 'Marka'], ['Stefan', 'Stefana'], ['Luka', 'Luke'],
  ['Miloš', 'Miloša'], ['Nemanja', 'Nemanje'], ['Aleksandar', 'Aleksandra'], ['Milan', 'Milana'],
  ['Dragan', 'Dragana'], ['Zoran', 'Zorana'], ['Dejan', 'Dejana'], ['Vladimir', 'Vladimira'],
  ['Nenad', 'Nenada'], ['Ivan', 'Ivana'], ['Dušan', 'Dušana'],
];

const SR_FEMALE = [
  'Milica', 'Jelena', 'Ana', 'Marija', 'Jovana', 'Ivana', 'Tamara', 'Dragana', 'Snežana',
  'Maja', 'Katarina', 'Teodora', 'Sara', 'Anđela', 'Nevena',
] as const;

const SR_SURNAMES = [
  'Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Stanković',
  'Pavlović', 'Popović', 'Živković', 'Kostić', 'Todorović', 'Ristić', 'Lazić', 'Kovačević',
  'Tomić', 'Mitrović', 'Simić', 'Vuković',
] as const;

// ---- Albanian (Albania and Kosovo; Latin only) ----

const SQ_MALE: readonly (readonly [string, string])[] = [
  ['Arben', 'Arbenit'], ['Ardit', 'Arditit'], ['Besnik', 'Besnikut'], ['Bledar', 'Bledarit'],
  ['Dritan', 'Dritanit'], ['Elton', 'Eltonit'], ['Ermal', 'Ermalit'], ['Gentian', 'Gentianit'],
  ['Ilir', 'Ilirit'], ['Klodian', 'Klodianit'], ['Kujtim', 'Kujtimit'], ['Luan', 'Luanit'],
  ['Mirel', 'Mirelit'], ['Olsi', 'Olsit'], ['Sokol', 'Sokolit'], ['Erion', 'Erionit'],
  ['Altin', 'Altinit'],
];

const SQ_FEMALE = [
  'Anisa', 'Arta', 'Besa', 'Blerta', 'Brikena', 'Dorina', 'Elona', 'Enkeleda', 'Ermira',
  'Jonida', 'Klea', 'Mimoza', 'Rovena', 'Suela', 'Xhensila', 'Alketa', 'Entela',
] as const;

const SQ_SURNAMES = [
  'Hoxha', 'Shehu', 'Leka', 'Gjoka', 'Dervishi', 'Kola', 'Marku', 'Çela', 'Hysa', 'Bajrami',
  'Brahimi', 'Gjoni', 'Kapllani', 'Laçi', 'Muça', 'Prifti', 'Sula', 'Tafa', 'Xhafa', 'Zeneli',
  'Dedaj', 'Lleshi', 'Kastrati', 'Shkurti',
] as const;

// ---- Montenegrin (ijekavian Latin is the source) ----

const ME_MALE: readonly (readonly [string, string])[] = [
  ['Marko', 'Marka'], ['Nikola', 'Nikole'], ['Luka', 'Luke'], ['Vuk', 'Vuka'], ['Petar', 'Petra'],
  ['Vladimir', 'Vladimira'], ['Milan', 'Milana'], ['Stefan', 'Stefana'], ['Filip', 'Filipa'],
  ['Dejan', 'Dejana'], ['Nemanja', 'Nemanje'], ['Miloš', 'Miloša'], ['Radovan', 'Radovana'],
  ['Boris', 'Borisa'], ['Vasilije', 'Vasilija'],
];

const ME_FEMALE = [
  'Milica', 'Jelena', 'Ana', 'Marija', 'Sanja', 'Ivana', 'Tijana', 'Dragana', 'Jovana',
  'Kristina', 'Anđela', 'Teodora', 'Maja', 'Vesna', 'Nataša',
] as const;

const ME_SURNAMES = [
  'Vujović', 'Radulović', 'Popović', 'Vuković', 'Perović', 'Kovačević', 'Šćepanović',
  'Raičević', 'Vujošević', 'Lakić', 'Radović', 'Nikčević', 'Bošković', 'Pejović', 'Stanišić',
  'Đurović', 'Kaluđerović', 'Vukčević', 'Ivanović', 'Pavićević',
] as const;

function invariant(latin: string, cyrillic?: string): { male: Surname; female: Surname } {
  const s: Surname = cyrillic === undefined ? { latin } : { latin, cyrillic };
  return { male: s, female: s };
}

export const NAME_POOLS: Readonly<Record<NamePoolId, NamePool>> = {
  mk: {
    id: 'mk',
    male: MK_MALE.map((c) => ({ cyrillic: c, latin: mkToLatin(c) })),
    female: MK_FEMALE.map((c) => ({ cyrillic: c, latin: mkToLatin(c) })),
    surnames: MK_SURNAMES.map((m) => {
      const f = mkFeminineSurname(m);
      return {
        male: { cyrillic: m, latin: mkToLatin(m) },
        female: { cyrillic: f, latin: mkToLatin(f) },
      };
    }),
  },
  mk_sq: {
    id: 'mk_sq',
    male: MK_SQ_MALE.map(([c, l]) => ({ cyrillic: c, latin: l })),
    female: MK_SQ_FEMALE.map(([c, l]) => ({ cyrillic: c, latin: l })),
    surnames: MK_SQ_SURNAMES.map(([c, l]) => invariant(l, c)),
  },
  sr: {
    id: 'sr',
    male: SR_MALE.map(([l, g]) => ({ latin: l, cyrillic: srToCyrillic(l), genitive: g })),
    female: SR_FEMALE.map((l) => ({ latin: l, cyrillic: srToCyrillic(l) })),
    surnames: SR_SURNAMES.map((l) => invariant(l, srToCyrillic(l))),
  },
  sq: {
    id: 'sq',
    male: SQ_MALE.map(([l, g]) => ({ latin: l, genitive: g })),
    female: SQ_FEMALE.map((l) => ({ latin: l })),
    surnames: SQ_SURNAMES.map((l) => invariant(l)),
  },
  me: {
    id: 'me',
    male: ME_MALE.map(([l, g]) => ({ latin: l, cyrillic: srToCyrillic(l), genitive: g })),
    female: ME_FEMALE.map((l) => ({ latin: l, cyrillic: srToCyrillic(l) })),
    surnames: ME_SURNAMES.map((l) => invariant(l, srToCyrillic(l))),
  },
};
