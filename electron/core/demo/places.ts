// Towns, courts, prosecution offices, streets and destination places for synthetic files
// (domain.md §6.3). Only institutions and places are real; nothing here names a person.
// Serbian and Montenegrin need the locative ("u Nišu") because documents say where someone
// lives or was born; Albanian "në" and Macedonian "во" take the plain form.

import type { Rng } from './prng';

export type CountryId = 'mk' | 'rs' | 'al' | 'me';

export interface Town {
  /** Form in the country's own script and language (Куманово, Niš, Durrës, Nikšić). */
  name: string;
  /** Locative for Serbian / Montenegrin ("u Nišu"); equals `name` elsewhere. */
  loc: string;
  /** English exonym used in titles and English notes. */
  en: string;
  /** Basic / first-instance court seat for this town (a key of the country's court seats). */
  courtSeat: string;
}

const MK_TOWNS: readonly Town[] = [
  { name: 'Скопје', loc: 'Скопје', en: 'Skopje', courtSeat: 'Скопје' },
  { name: 'Куманово', loc: 'Куманово', en: 'Kumanovo', courtSeat: 'Куманово' },
  { name: 'Битола', loc: 'Битола', en: 'Bitola', courtSeat: 'Битола' },
  { name: 'Тетово', loc: 'Тетово', en: 'Tetovo', courtSeat: 'Тетово' },
  { name: 'Охрид', loc: 'Охрид', en: 'Ohrid', courtSeat: 'Охрид' },
  { name: 'Прилеп', loc: 'Прилеп', en: 'Prilep', courtSeat: 'Битола' },
  { name: 'Штип', loc: 'Штип', en: 'Štip', courtSeat: 'Штип' },
  { name: 'Велес', loc: 'Велес', en: 'Veles', courtSeat: 'Скопје' },
  { name: 'Гостивар', loc: 'Гостивар', en: 'Gostivar', courtSeat: 'Тетово' },
  { name: 'Струмица', loc: 'Струмица', en: 'Strumica', courtSeat: 'Штип' },
  { name: 'Кичево', loc: 'Кичево', en: 'Kičevo', courtSeat: 'Охрид' },
  { name: 'Гевгелија', loc: 'Гевгелија', en: 'Gevgelija', courtSeat: 'Гевгелија' },
];

const RS_TOWNS: readonly Town[] = [
  { name: 'Beograd', loc: 'Beogradu', en: 'Belgrade', courtSeat: 'Beograd' },
  { name: 'Novi Sad', loc: 'Novom Sadu', en: 'Novi Sad', courtSeat: 'Novi Sad' },
  { name: 'Niš', loc: 'Nišu', en: 'Niš', courtSeat: 'Niš' },
  { name: 'Kragujevac', loc: 'Kragujevcu', en: 'Kragujevac', courtSeat: 'Kragujevac' },
  { name: 'Subotica', loc: 'Subotici', en: 'Subotica', courtSeat: 'Novi Sad' },
  { name: 'Šabac', loc: 'Šapcu', en: 'Šabac', courtSeat: 'Beograd' },
  { name: 'Smederevo', loc: 'Smederevu', en: 'Smederevo', courtSeat: 'Smederevo' },
  { name: 'Leskovac', loc: 'Leskovcu', en: 'Leskovac', courtSeat: 'Niš' },
  { name: 'Vranje', loc: 'Vranju', en: 'Vranje', courtSeat: 'Niš' },
  { name: 'Novi Pazar', loc: 'Novom Pazaru', en: 'Novi Pazar', courtSeat: 'Kragujevac' },
  { name: 'Pančevo', loc: 'Pančevu', en: 'Pančevo', courtSeat: 'Pančevo' },
  { name: 'Zrenjanin', loc: 'Zrenjaninu', en: 'Zrenjanin', courtSeat: 'Novi Sad' },
];

const AL_TOWNS: readonly Town[] = [
  { name: 'Tiranë', loc: 'Tiranë', en: 'Tirana', courtSeat: 'Tiranë' },
  { name: 'Durrës', loc: 'Durrës', en: 'Durrës', courtSeat: 'Durrës' },
  { name: 'Elbasan', loc: 'Elbasan', en: 'Elbasan', courtSeat: 'Elbasan' },
  { name: 'Shkodër', loc: 'Shkodër', en: 'Shkodra', courtSeat: 'Shkodër' },
  { name: 'Vlorë', loc: 'Vlorë', en: 'Vlora', courtSeat: 'Vlorë' },
  { name: 'Fier', loc: 'Fier', en: 'Fier', courtSeat: 'Fier' },
  { name: 'Korçë', loc: 'Korçë', en: 'Korça', courtSeat: 'Korçë' },
  { name: 'Berat', loc: 'Berat', en: 'Berat', courtSeat: 'Berat' },
  { name: 'Lushnjë', loc: 'Lushnjë', en: 'Lushnja', courtSeat: 'Fier' },
  { name: 'Kukës', loc: 'Kukës', en: 'Kukës', courtSeat: 'Shkodër' },
  { name: 'Lezhë', loc: 'Lezhë', en: 'Lezha', courtSeat: 'Shkodër' },
];

const ME_TOWNS: readonly Town[] = [
  { name: 'Podgorica', loc: 'Podgorici', en: 'Podgorica', courtSeat: 'Podgorica' },
  { name: 'Nikšić', loc: 'Nikšiću', en: 'Nikšić', courtSeat: 'Nikšić' },
  { name: 'Bar', loc: 'Baru', en: 'Bar', courtSeat: 'Bar' },
  { name: 'Budva', loc: 'Budvi', en: 'Budva', courtSeat: 'Kotor' },
  { name: 'Herceg Novi', loc: 'Herceg Novom', en: 'Herceg Novi', courtSeat: 'Kotor' },
  { name: 'Bijelo Polje', loc: 'Bijelom Polju', en: 'Bijelo Polje', courtSeat: 'Bijelo Polje' },
  { name: 'Ulcinj', loc: 'Ulcinju', en: 'Ulcinj', courtSeat: 'Ulcinj' },
  { name: 'Berane', loc: 'Beranama', en: 'Berane', courtSeat: 'Bijelo Polje' },
  { name: 'Pljevlja', loc: 'Pljevljima', en: 'Pljevlja', courtSeat: 'Bijelo Polje' },
  { name: 'Rožaje', loc: 'Rožajama', en: 'Rožaje', courtSeat: 'Bijelo Polje' },
  { name: 'Cetinje', loc: 'Cetinju', en: 'Cetinje', courtSeat: 'Podgorica' },
  { name: 'Kotor', loc: 'Kotoru', en: 'Kotor', courtSeat: 'Kotor' },
];

// Kosovo only appears as a victim's home or a place of exploitation in Albanian files.
const XK_TOWNS: readonly Town[] = [
  { name: 'Prishtinë', loc: 'Prishtinë', en: 'Pristina', courtSeat: 'Prishtinë' },
  { name: 'Prizren', loc: 'Prizren', en: 'Prizren', courtSeat: 'Prizren' },
  { name: 'Pejë', loc: 'Pejë', en: 'Peja', courtSeat: 'Pejë' },
];

export const TOWNS: Readonly<Record<CountryId | 'xk', readonly Town[]>> = {
  mk: MK_TOWNS,
  rs: RS_TOWNS,
  al: AL_TOWNS,
  me: ME_TOWNS,
  xk: XK_TOWNS,
};

// ---- Courts ----

export interface CourtInfo {
  /** Full name as the document heading writes it (country language, Latin for RS here). */
  name: string;
  /** Option id of first_instance_court / appeal_court. */
  code: string;
  /** English name for titles and English notes. */
  en: string;
}

export interface CourtSet {
  firstInstance: CourtInfo;
  appeal: CourtInfo;
  prosecution: { name: string; en: string; code: string };
}

const MK_APPEAL_SEAT: Readonly<Record<string, string>> = {
  Скопје: 'Скопје', Куманово: 'Скопје', Битола: 'Битола', Охрид: 'Битола', Тетово: 'Гостивар',
  Штип: 'Штип', Гевгелија: 'Штип',
};

const MK_APPEAL_EN: Readonly<Record<string, string>> = {
  Скопје: 'Skopje', Битола: 'Bitola', Гостивар: 'Gostivar', Штип: 'Štip',
};

const MK_SEAT_EN: Readonly<Record<string, string>> = {
  Скопје: 'Skopje', Куманово: 'Kumanovo', Битола: 'Bitola', Охрид: 'Ohrid', Тетово: 'Tetovo',
  Штип: 'Štip', Гевгелија: 'Gevgelija',
};

const RS_LOC: Readonly<Record<string, string>> = {
  Beograd: 'Beogradu', 'Novi Sad': 'Novom Sadu', Niš: 'Nišu', Kragujevac: 'Kragujevcu',
  Smederevo: 'Smederevu', Pančevo: 'Pančevu',
};

const RS_APPEAL_SEAT: Readonly<Record<string, string>> = {
  Beograd: 'Beograd', Smederevo: 'Beograd', Pančevo: 'Beograd', 'Novi Sad': 'Novi Sad',
  Niš: 'Niš', Kragujevac: 'Kragujevac',
};

const ME_LOC: Readonly<Record<string, string>> = {
  Podgorica: 'Podgorici', Nikšić: 'Nikšiću', Bar: 'Baru', Kotor: 'Kotoru', Ulcinj: 'Ulcinju',
  'Bijelo Polje': 'Bijelom Polju',
};

function rsCourtEn(seat: string): string {
  return seat === 'Beograd' ? 'Belgrade' : seat;
}

/**
 * The courts and prosecution office of a case. `organised` moves the case to the specialised
 * organised-crime court or department where the country has one; `judgmentYear` picks the
 * Albanian court names in force (Serious Crimes Court until 2019, new judicial map from 2023).
 */
export function courtsFor(country: CountryId, town: Town, organised: boolean, judgmentYear: number): CourtSet {
  switch (country) {
    case 'mk': {
      // Organised-crime cases of the specialised prosecutor are tried in Skopje.
      const seat = organised ? 'Скопје' : town.courtSeat;
      const appealSeat = MK_APPEAL_SEAT[seat] ?? 'Скопје';
      const skopje = seat === 'Скопје';
      return {
        firstInstance: skopje
          ? { name: 'Основен кривичен суд Скопје', code: 'mk_basic_criminal_skopje', en: 'Basic Criminal Court Skopje' }
          : { name: `Основен суд ${seat}`, code: 'mk_basic_other', en: `Basic Court ${MK_SEAT_EN[seat] ?? seat}` },
        appeal: {
          name: `Апелационен суд ${appealSeat}`,
          code: appealSeat === 'Скопје' ? 'mk_appeal_skopje' : 'mk_appeal_other',
          en: `Court of Appeal ${MK_APPEAL_EN[appealSeat] ?? appealSeat}`,
        },
        prosecution: organised
          ? { name: 'Јавното обвинителство за гонење на организиран криминал и корупција', en: 'Public Prosecutor’s Office for Organised Crime and Corruption', code: 'specialised_oc' }
          : { name: `Основното јавно обвинителство ${seat}`, en: `Basic Public Prosecutor’s Office ${MK_SEAT_EN[seat] ?? seat}`, code: 'basic' },
      };
    }
    case 'rs': {
      const seat = organised ? 'Beograd' : town.courtSeat;
      const appealSeat = RS_APPEAL_SEAT[seat] ?? 'Beograd';
      const loc = RS_LOC[seat] ?? 'Beogradu';
      return {
        firstInstance: organised
          ? { name: 'Viši sud u Beogradu, Posebno odeljenje za organizovani kriminal', code: 'rs_higher_oc_dept', en: 'Higher Court in Belgrade, Special Department for Organised Crime' }
          : { name: `Viši sud u ${loc}`, code: 'rs_higher', en: `Higher Court in ${rsCourtEn(seat)}` },
        appeal: {
          name: `Apelacioni sud u ${RS_LOC[appealSeat] ?? 'Beogradu'}`,
          code: appealSeat === 'Beograd' ? 'rs_appeal_belgrade' : 'rs_appeal_other',
          en: `Court of Appeal in ${rsCourtEn(appealSeat)}`,
        },
        prosecution: organised
          ? { name: 'Tužilaštvo za organizovani kriminal', en: 'Prosecutor’s Office for Organised Crime', code: 'specialised_oc' }
          : { name: `Više javno tužilaštvo u ${loc}`, en: `Higher Public Prosecutor’s Office in ${rsCourtEn(seat)}`, code: 'higher_regional' },
      };
    }
    case 'al': {
      const seat = town.courtSeat;
      const general = judgmentYear >= 2023
        ? `Gjykata e Shkallës së Parë e Juridiksionit të Përgjithshëm ${seat}`
        : `Gjykata e Rrethit Gjyqësor ${seat}`;
      // Genitive after "pranë": Gjykatës së ... (the article of the next word changes too).
      const generalGenitive = judgmentYear >= 2023
        ? `Gjykatës së Shkallës së Parë të Juridiksionit të Përgjithshëm ${seat}`
        : `Gjykatës së Rrethit Gjyqësor ${seat}`;
      if (judgmentYear < 2020) {
        return {
          firstInstance: { name: 'Gjykata e Shkallës së Parë për Krime të Rënda', code: 'al_serious_crimes_court', en: 'Serious Crimes Court of First Instance' },
          appeal: { name: 'Gjykata e Apelit për Krime të Rënda', code: 'al_special_appeal', en: 'Serious Crimes Court of Appeal' },
          prosecution: { name: 'Prokuroria pranë Gjykatës së Shkallës së Parë për Krime të Rënda', en: 'Serious Crimes Prosecution Office', code: 'specialised_oc' },
        };
      }
      if (organised) {
        return {
          firstInstance: { name: 'Gjykata e Posaçme e Shkallës së Parë për Korrupsionin dhe Krimin e Organizuar', code: 'al_special_court', en: 'Special Court of First Instance for Corruption and Organised Crime' },
          appeal: { name: 'Gjykata e Posaçme e Apelit', code: 'al_special_appeal', en: 'Special Court of Appeal' },
          prosecution: { name: 'Prokuroria e Posaçme kundër Korrupsionit dhe Krimit të Organizuar', en: 'Special Prosecution Office (SPAK)', code: 'specialised_oc' },
        };
      }
      return {
        firstInstance: { name: general, code: 'al_first_instance', en: `First Instance Court ${town.en}` },
        appeal: judgmentYear >= 2023
          ? { name: 'Gjykata e Apelit e Juridiksionit të Përgjithshëm', code: 'al_appeal', en: 'Court of Appeal of General Jurisdiction' }
          : { name: `Gjykata e Apelit ${seat === 'Shkodër' || seat === 'Vlorë' || seat === 'Korçë' || seat === 'Durrës' ? seat : 'Tiranë'}`, code: 'al_appeal', en: 'Court of Appeal' },
        prosecution: { name: `Prokuroria pranë ${generalGenitive}`, en: `Prosecution Office at the First Instance Court ${town.en}`, code: 'basic' },
      };
    }
    case 'me': {
      const northern = town.courtSeat === 'Bijelo Polje';
      const higherLoc = northern ? 'Bijelom Polju' : 'Podgorici';
      const higherEn = northern ? 'Bijelo Polje' : 'Podgorica';
      const basicLoc = ME_LOC[town.courtSeat] ?? 'Podgorici';
      return {
        firstInstance: organised
          ? { name: `Viši sud u ${higherLoc}`, code: 'me_higher', en: `Higher Court in ${higherEn}` }
          : { name: `Osnovni sud u ${basicLoc}`, code: 'me_basic', en: `Basic Court in ${town.courtSeat}` },
        appeal: { name: 'Apelacioni sud Crne Gore', code: 'me_appeal', en: 'Court of Appeal of Montenegro' },
        prosecution: organised
          ? { name: 'Specijalno državno tužilaštvo', en: 'Special State Prosecutor’s Office', code: 'specialised_oc' }
          : { name: `Osnovno državno tužilaštvo u ${basicLoc}`, en: `Basic State Prosecutor’s Office in ${town.courtSeat}`, code: 'basic' },
      };
    }
  }
}

// ---- Streets and addresses ----

const STREETS: Readonly<Record<CountryId | 'xk', readonly string[]>> = {
  mk: ['Илинденска', 'Маршал Тито', 'Партизанска', 'Гоце Делчев', 'Октомвриска', 'Пролетерска', 'Браќа Миладиновци', 'Јане Сандански', 'Македонска'],
  rs: ['Njegoševa', 'Cara Dušana', 'Kralja Petra Prvog', 'Vojvode Stepe', 'Nemanjina', 'Kneza Miloša', 'Svetog Save', 'Bulevar oslobođenja', 'Železnička'],
  al: ['Rruga e Kavajës', 'Rruga e Durrësit', 'Rruga e Elbasanit', 'Rruga Tregtare', 'Rruga e Dibrës', 'Rruga Ismail Qemali'],
  me: ['Njegoševa', 'Bulevar Svetog Petra Cetinjskog', 'Slobode', 'Hercegovačka', 'Bokeška', 'Vojvode Mirka'],
  xk: ['Rruga e Dëshmorëve', 'Rruga Tregtare', 'Rruga e Prizrenit'],
};

/** A street address in the country's own language and script, ending with the town. */
export function makeAddress(rng: Rng, country: CountryId | 'xk', town: Town): string {
  const street = rng.pick(STREETS[country]);
  const no = rng.int(1, 140);
  switch (country) {
    case 'mk':
      return `ул. ${street} бр. ${no}, ${town.name}`;
    case 'rs':
    case 'me':
      return `ul. ${street} br. ${no}, ${town.name}`;
    case 'al':
    case 'xk':
      return rng.chance(0.5)
        ? `${street}, Pallati ${no}, Shkalla ${rng.int(1, 4)}, ${town.name}`
        : `Lagjja ${rng.int(1, 18)}, ${street}, nr. ${no}, ${town.name}`;
  }
}

// ---- Places of exploitation abroad ----

export interface ForeignPlace {
  /** Country option id (country_of_exploitation). */
  country: string;
  city: { mk: string; sr: string; srLoc: string; sq: string; en: string };
  state: { mk: string; sr: string; srLoc: string; cnr: string; cnrLoc: string; sq: string; en: string };
}

export const FOREIGN_PLACES: readonly ForeignPlace[] = [
  {
    country: 'de',
    city: { mk: 'Минхен', sr: 'Minhen', srLoc: 'Minhenu', sq: 'Mynih', en: 'Munich' },
    state: { mk: 'Германија', sr: 'Nemačka', srLoc: 'Nemačkoj', cnr: 'Njemačka', cnrLoc: 'Njemačkoj', sq: 'Gjermani', en: 'Germany' },
  },
  {
    country: 'de',
    city: { mk: 'Берлин', sr: 'Berlin', srLoc: 'Berlinu', sq: 'Berlin', en: 'Berlin' },
    state: { mk: 'Германија', sr: 'Nemačka', srLoc: 'Nemačkoj', cnr: 'Njemačka', cnrLoc: 'Njemačkoj', sq: 'Gjermani', en: 'Germany' },
  },
  {
    country: 'it',
    city: { mk: 'Милано', sr: 'Milano', srLoc: 'Milanu', sq: 'Milano', en: 'Milan' },
    state: { mk: 'Италија', sr: 'Italija', srLoc: 'Italiji', cnr: 'Italija', cnrLoc: 'Italiji', sq: 'Itali', en: 'Italy' },
  },
  {
    country: 'it',
    city: { mk: 'Болоња', sr: 'Bolonja', srLoc: 'Bolonji', sq: 'Bolonja', en: 'Bologna' },
    state: { mk: 'Италија', sr: 'Italija', srLoc: 'Italiji', cnr: 'Italija', cnrLoc: 'Italiji', sq: 'Itali', en: 'Italy' },
  },
  {
    country: 'at',
    city: { mk: 'Виена', sr: 'Beč', srLoc: 'Beču', sq: 'Vjenë', en: 'Vienna' },
    state: { mk: 'Австрија', sr: 'Austrija', srLoc: 'Austriji', cnr: 'Austrija', cnrLoc: 'Austriji', sq: 'Austri', en: 'Austria' },
  },
  {
    country: 'ch',
    city: { mk: 'Цирих', sr: 'Cirih', srLoc: 'Cirihu', sq: 'Cyrih', en: 'Zurich' },
    state: { mk: 'Швајцарија', sr: 'Švajcarska', srLoc: 'Švajcarskoj', cnr: 'Švajcarska', cnrLoc: 'Švajcarskoj', sq: 'Zvicër', en: 'Switzerland' },
  },
  {
    country: 'gr',
    city: { mk: 'Солун', sr: 'Solun', srLoc: 'Solunu', sq: 'Selanik', en: 'Thessaloniki' },
    state: { mk: 'Грција', sr: 'Grčka', srLoc: 'Grčkoj', cnr: 'Grčka', cnrLoc: 'Grčkoj', sq: 'Greqi', en: 'Greece' },
  },
];

/** Country names of citizenships that can appear in documents, per language. */
export const CITIZENSHIP_NAMES: Readonly<Record<string, { mk: string; sr: string; sq: string; en: string }>> = {
  mk: { mk: 'Република Северна Македонија', sr: 'Republike Severne Makedonije', sq: 'Republika e Maqedonisë së Veriut', en: 'North Macedonia' },
  rs: { mk: 'Република Србија', sr: 'Republike Srbije', sq: 'Republika e Serbisë', en: 'Serbia' },
  al: { mk: 'Република Албанија', sr: 'Republike Albanije', sq: 'Republika e Shqipërisë', en: 'Albania' },
  me: { mk: 'Црна Гора', sr: 'Crne Gore', sq: 'Mali i Zi', en: 'Montenegro' },
  xk: { mk: 'Република Косово', sr: 'Republike Kosovo', sq: 'Republika e Kosovës', en: 'Kosovo' },
};
