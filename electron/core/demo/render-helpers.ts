// Small language helpers shared by the document templates: grammatical number, money in the
// local currency, sentence lengths, month names and the legal articles each country cites.

import { civilDate } from './calendar';
import type { Archetype, CaseFacts, DefendantFacts, PersonFacts, Verdict } from './case-facts';
import type { CountryId } from './places';

/** Masculine or feminine form by the person's sex. */
export function g(p: PersonFacts, masculine: string, feminine: string): string {
  return p.sex === 'female' ? feminine : masculine;
}

/** Thousands separated by dots, the local convention (300.000); English uses commas. */
export function groupDigits(n: number, separator = '.'): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

// Fixed conversion rates: documents show local currency, codings are in EUR (codebook unit).
const PER_EUR: Readonly<Record<CountryId, number>> = { mk: 61.5, rs: 117, al: 120, me: 1 };

/** An EUR amount in the local currency, rounded as courts write it. */
export function localMoney(country: CountryId, eur: number): number {
  const raw = eur * PER_EUR[country];
  const step = country === 'me' ? 100 : 1000;
  return Math.max(step, Math.round(raw / step) * step);
}

/** Serbian / Montenegrin plural: 1 godina, 2-4 godine, 5+ godina (with the 11-14 exception). */
export function bcmsPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function splitMonths(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}

export const MONTHS: Readonly<Record<'mk' | 'sr' | 'srLoc' | 'sq' | 'en', readonly string[]>> = {
  mk: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  sr: ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar'],
  srLoc: ['januaru', 'februaru', 'martu', 'aprilu', 'maju', 'junu', 'julu', 'avgustu', 'septembru', 'oktobru', 'novembru', 'decembru'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthName(day: number, set: keyof typeof MONTHS): string {
  return MONTHS[set][civilDate(day).month - 1] ?? '';
}

/** Whether the TIP charge concerns a child (decides the article). */
export function childCase(f: CaseFacts): boolean {
  return f.victims.some((v) => v.child);
}

export interface Articles {
  tip: string;
  group: string;
  lesser: string;
}

const LESSER: Readonly<Record<CountryId, Readonly<Record<'prostitution' | 'labour' | 'child', string>>>> = {
  mk: {
    prostitution: 'Посредување во вршење проституција од чл. 191 ст. 1 од КЗ',
    labour: 'Повреда на правата од работниот однос од чл. 166 од КЗ',
    child: 'Запуштање и малтретирање на малолетно лице од чл. 201 од КЗ',
  },
  rs: {
    prostitution: 'posredovanje u vršenju prostitucije iz čl. 184 st. 1 KZ',
    labour: 'povreda prava po osnovu rada iz čl. 163 KZ',
    child: 'zapuštanje i zlostavljanje maloletnog lica iz čl. 193 KZ',
  },
  al: {
    prostitution: 'shfrytëzimi i prostitucionit, parashikuar nga neni 114 i Kodit Penal',
    labour: 'një vepër penale më e lehtë në fushën e marrëdhënieve të punës',
    child: 'keqtrajtimi i të miturit, parashikuar nga neni 124/b i Kodit Penal',
  },
  me: {
    prostitution: 'posredovanje u vršenju prostitucije iz čl. 210 KZ CG',
    labour: 'povreda prava iz rada i socijalnog osiguranja iz čl. 224 KZ CG',
    child: 'zapuštanje i zlostavljanje maloljetnog lica iz čl. 219 KZ CG',
  },
};

function lesserKind(a: Archetype): 'prostitution' | 'labour' | 'child' {
  if (a === 'labour') return 'labour';
  if (a === 'forced_begging' || a === 'forced_marriage') return 'child';
  return 'prostitution';
}

/** The articles a country's indictment and judgment cite for this case (domain.md §5). */
export function articles(f: CaseFacts): Articles {
  const child = childCase(f);
  const lesser = LESSER[f.country][lesserKind(f.archetype)];
  switch (f.country) {
    case 'mk':
      return {
        tip: child ? 'чл. 418-г ст. 1 од КЗ' : 'чл. 418-а ст. 1 од КЗ',
        group: 'чл. 418-в ст. 1 од КЗ',
        lesser,
      };
    case 'rs':
      return { tip: child ? 'čl. 388 st. 3 u vezi st. 1 KZ' : 'čl. 388 st. 1 KZ', group: 'čl. 346 st. 2 KZ', lesser };
    case 'al':
      return { tip: child ? 'neni 128/b i Kodit Penal' : 'neni 110/a i Kodit Penal', group: 'neni 333/a i Kodit Penal', lesser };
    case 'me':
      return { tip: child ? 'čl. 444 st. 3 KZ CG' : 'čl. 444 st. 1 KZ CG', group: 'čl. 401a KZ CG', lesser };
  }
}

/** Articles as the indictment lists them (legal_provisions_cited). */
export function citedProvisions(f: CaseFacts): string {
  const a = articles(f);
  const group = f.charges.includes('organising_tip_group') || f.charges.includes('criminal_group');
  return group ? `${a.tip}; ${a.group}` : a.tip;
}

export function isConviction(v: Verdict): boolean {
  return v !== 'acquitted';
}

export function convictedDefendants(f: CaseFacts, stage: 'first' | 'final'): DefendantFacts[] {
  return f.defendants.filter((d) => isConviction(stage === 'first' ? d.firstVerdict : d.verdict));
}

/** Age in full years on a day. */
export function ageOn(p: PersonFacts, day: number): number {
  const b = civilDate(p.birthDay);
  const c = civilDate(day);
  let years = c.year - b.year;
  if (c.month < b.month || (c.month === b.month && c.day < b.day)) years--;
  return years;
}
