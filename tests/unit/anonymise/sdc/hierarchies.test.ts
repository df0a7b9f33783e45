import { describe, expect, it } from 'vitest';
import type { CellValue, SdcRecord } from '../../../../electron/core/anonymise/sdc/cell-value';
import { AGE_HIERARCHY, CTDC_VICTIM_AGE_HIERARCHY, DEFENDANT_AGE_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/age-hierarchies';
import { MONEY_HIERARCHY, SENTENCE_MONTHS_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/amount-hierarchies';
import { citizenshipHierarchy } from '../../../../electron/core/anonymise/sdc/hierarchies/citizenship-hierarchy';
import { COURT_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/court-hierarchy';
import { DATE_HIERARCHY } from '../../../../electron/core/anonymise/sdc/hierarchies/date-hierarchy';
import { flatHierarchy } from '../../../../electron/core/anonymise/sdc/hierarchies/flat-hierarchy';
import type { Hierarchy } from '../../../../electron/core/anonymise/sdc/hierarchies/hierarchy';
import { intervalHierarchy } from '../../../../electron/core/anonymise/sdc/hierarchies/interval-hierarchy';
import { municipalityHierarchy, MUNICIPALITY_HIERARCHY, PLACE_TABLES } from '../../../../electron/core/anonymise/sdc/hierarchies/municipality-hierarchy';
import { errorCodeOf } from '../../../helpers/error-code';

const NO_CONTEXT: SdcRecord = {};

function path(h: Hierarchy, value: CellValue, record: SdcRecord = NO_CONTEXT): string[] {
  return h.levels.map((_, level) => h.generalise(value, level, record));
}

/** Two values sharing a label at one level share it at every level above (the nesting promise). */
function expectNested(h: Hierarchy, values: readonly CellValue[], record: SdcRecord = NO_CONTEXT): void {
  for (let level = 0; level + 1 < h.levels.length; level++) {
    const parent = new Map<string, string>();
    for (const value of values) {
      const here = h.generalise(value, level, record);
      const above = h.generalise(value, level + 1, record);
      if (parent.has(here)) expect(`${here} → ${above}`).toBe(`${here} → ${parent.get(here)}`);
      parent.set(here, above);
    }
  }
}

describe('age hierarchies', () => {
  it('walks years → 5-year bands → age groups → child/adult → *', () => {
    expect(AGE_HIERARCHY.levels).toEqual(['years', '5-year bands', 'age groups', 'child/adult', '*']);
    expect(path(AGE_HIERARCHY, 16)).toEqual(['16', '15-17', '0-17', 'child', '*']);
    expect(path(AGE_HIERARCHY, '18')).toEqual(['18', '18-19', '18-24', 'adult', '*']);
    expect(path(AGE_HIERARCHY, 33)).toEqual(['33', '30-34', '25-34', 'adult', '*']);
    expect(path(AGE_HIERARCHY, 49)).toEqual(['49', '45-49', '35-49', 'adult', '*']);
    expect(path(AGE_HIERARCHY, 87)).toEqual(['87', '80+', '50+', 'adult', '*']);
  });
  it('never puts a child and an adult in one band', () => {
    for (const h of [AGE_HIERARCHY, CTDC_VICTIM_AGE_HIERARCHY, DEFENDANT_AGE_HIERARCHY]) {
      for (let level = 1; level < h.levels.length - 1; level++) {
        expect(h.generalise(17, level, NO_CONTEXT)).not.toBe(h.generalise(18, level, NO_CONTEXT));
      }
    }
  });
  it('uses CTDC bands for victims and 10-year bands for defendants', () => {
    expect(path(CTDC_VICTIM_AGE_HIERARCHY, 22)).toEqual(['22', '21-23', 'adult', '*']);
    expect(path(CTDC_VICTIM_AGE_HIERARCHY, 8)).toEqual(['8', '0-8', 'child', '*']);
    expect(path(DEFENDANT_AGE_HIERARCHY, 45)).toEqual(['45', '40-49', 'adult', '*']);
    expect(path(DEFENDANT_AGE_HIERARCHY, 16)).toEqual(['16', '0-17', 'minor', '*']);
  });
  it('refuses what is not an age, with a clear message', () => {
    for (const bad of ['abc', -1, 130, '12 years']) {
      expect(() => AGE_HIERARCHY.generalise(bad, 1, NO_CONTEXT)).toThrow(/is not an age in years/);
      expect(errorCodeOf(() => AGE_HIERARCHY.generalise(bad, 1, NO_CONTEXT))).toBe('VALIDATION');
    }
  });
  it('nests for every age', () => {
    const ages = Array.from({ length: 121 }, (_, a) => a);
    for (const h of [AGE_HIERARCHY, CTDC_VICTIM_AGE_HIERARCHY, DEFENDANT_AGE_HIERARCHY]) expectNested(h, ages);
  });
  it('refuses band levels that do not nest', () => {
    expect(() =>
      intervalHierarchy({ id: 'bad', exactLevel: 'x', valueNoun: 'x', bandLevels: [{ name: 'a', lowerBounds: [0, 10] }, { name: 'b', lowerBounds: [0, 5] }] }),
    ).toThrow(/does not nest/);
  });
});

describe('money and sentence bands', () => {
  it('bands euros, keeping "nothing awarded" apart from small amounts', () => {
    expect(path(MONEY_HIERARCHY, 0)).toEqual(['0', '0', '0', '*']);
    expect(path(MONEY_HIERARCHY, 999)).toEqual(['999', '1-999', '1-9999', '*']);
    expect(path(MONEY_HIERARCHY, 12_500)).toEqual(['12500', '10000-24999', '10000-99999', '*']);
    expect(path(MONEY_HIERARCHY, 250_000)).toEqual(['250000', '100000+', '100000+', '*']);
    expect(() => MONEY_HIERARCHY.generalise(-5, 1, NO_CONTEXT)).toThrow(/not an amount of money/);
  });
  it('bands sentences in months: < 1 y, 1-3 y, 3-5 y, 5-10 y, > 10 y', () => {
    expect([6, 12, 40, 96, 150].map((m) => SENTENCE_MONTHS_HIERARCHY.generalise(m, 1, NO_CONTEXT))).toEqual(['0-11', '12-35', '36-59', '60-119', '120+']);
    expect([6, 40, 150].map((m) => SENTENCE_MONTHS_HIERARCHY.generalise(m, 2, NO_CONTEXT))).toEqual(['0-35', '36-119', '120+']);
    expectNested(SENTENCE_MONTHS_HIERARCHY, Array.from({ length: 300 }, (_, m) => m));
    expectNested(MONEY_HIERARCHY, [0, 1, 500, 999, 1000, 4999, 5000, 9999, 10_000, 30_000, 60_000, 100_000, 1_000_000]);
  });
});

describe('date hierarchy', () => {
  it('walks day → month → quarter → year → *', () => {
    expect(path(DATE_HIERARCHY, '2019-03-12')).toEqual(['2019-03-12', '2019-03', '2019-Q1', '2019', '*']);
    expect(path(DATE_HIERARCHY, '2021-11')).toEqual(['2021-11', '2021-11', '2021-Q4', '2021', '*']);
  });
  it('keeps a year-only date as the year: no invented month', () => {
    expect(path(DATE_HIERARCHY, '2018')).toEqual(['2018', '2018', '2018', '2018', '*']);
  });
  it('refuses impossible dates', () => {
    for (const bad of ['2021-02-30', '12.03.2019', '2019-13', 'soon']) {
      expect(errorCodeOf(() => DATE_HIERARCHY.generalise(bad, 1, NO_CONTEXT))).toBe('VALIDATION');
    }
  });
  it('nests over every day of two years', () => {
    const days: string[] = [];
    for (const y of [2019, 2020]) {
      for (let m = 1; m <= 12; m++) {
        days.push(`${y}`, `${y}-${String(m).padStart(2, '0')}`);
        for (let d = 1; d <= 28; d++) days.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }
    }
    expectNested(DATE_HIERARCHY, days);
  });
});

describe('municipality hierarchy', () => {
  it('reads one place in any script, language or administrative wording', () => {
    for (const spelling of ['Kumanovo', 'Куманово', 'Kumanovë', 'Општина Куманово', '  KUMANOVO ']) {
      expect(path(MUNICIPALITY_HIERARCHY, spelling)).toEqual(['Kumanovo', 'Northeastern region', 'mk', '*']);
    }
    expect(path(MUNICIPALITY_HIERARCHY, 'Ниш')).toEqual(['Niš', 'Southern and Eastern Serbia', 'rs', '*']);
    expect(path(MUNICIPALITY_HIERARCHY, 'Tirana')).toEqual(['Tiranë', 'Tiranë county', 'al', '*']);
    expect(path(MUNICIPALITY_HIERARCHY, 'Nikšić')).toEqual(['Nikšić', 'Central region', 'me', '*']);
    expect(path(MUNICIPALITY_HIERARCHY, 'Priština')).toEqual(['Prishtinë', 'Prishtina district', 'xk', '*']);
  });
  it('takes a municipality it does not know to the country level when the record says which', () => {
    const withCountry = municipalityHierarchy({ countryField: 'case_country' });
    expect(path(withCountry, 'Small village near the lake', { case_country: 'mk' })).toEqual(['mk', 'mk', 'mk', '*']);
    expect(path(withCountry, 'Kumanovo', { case_country: 'rs' })).toEqual(['Kumanovo', 'Northeastern region', 'mk', '*']);
  });
  it('withholds a municipality it cannot place rather than guess its country', () => {
    expect(path(MUNICIPALITY_HIERARCHY, 'Small village near the lake')).toEqual(['*', '*', '*', '*']);
    expect(path(municipalityHierarchy({ countryField: 'case_country' }), 'Somewhere', { case_country: 'unknown' })).toEqual(['*', '*', '*', '*']);
  });
  it('nests over every place in the tables', () => {
    const names = PLACE_TABLES.flatMap((t) => Object.values(t.regions).flat().flatMap((e) => e.split('|')));
    expectNested(MUNICIPALITY_HIERARCHY, [...names, 'Unknown hamlet', null]);
    expect(names.length).toBeGreaterThan(350);
  });
});

describe('citizenship hierarchy', () => {
  it('groups countries as Western Balkans, EU or other', () => {
    const h = citizenshipHierarchy();
    expect(h.levels).toEqual(['country', 'regional group', '*']);
    expect(['rs', 'xk', 'ba', 'bg', 'hr', 'other_eu', 'ua', 'stateless', 'zz'].map((c) => h.generalise(c, 1, NO_CONTEXT))).toEqual([
      'western_balkans', 'western_balkans', 'western_balkans', 'eu', 'eu', 'eu', 'other', 'other', 'other',
    ]);
  });
  it('adds national/foreign relative to the reporting country', () => {
    const h = citizenshipHierarchy({ nationalCountry: 'mk' });
    expect(h.levels).toEqual(['country', 'regional group', 'national/foreign', '*']);
    expect(path(h, 'mk')).toEqual(['mk', 'national', 'national', '*']);
    expect(path(h, 'al')).toEqual(['al', 'western_balkans', 'foreign', '*']);
    expect(path(h, 'de')).toEqual(['de', 'eu', 'foreign', '*']);
    expectNested(h, ['mk', 'rs', 'al', 'me', 'xk', 'ba', 'bg', 'gr', 'ro', 'md', 'ua', 'hr', 'tr', 'de', 'it', 'at', 'ch', 'other_eu', 'other', 'stateless', 'unknown']);
  });
});

describe('court hierarchy', () => {
  it('types the codebook courts as basic, higher, appellate (or other)', () => {
    expect(['mk_basic_other', 'rs_higher_oc_dept', 'al_special_court', 'me_basic', 'rs_appeal_belgrade', 'al_appeal', 'other', 'not_applicable'].map((c) => COURT_HIERARCHY.generalise(c, 1, NO_CONTEXT))).toEqual([
      'basic', 'higher', 'higher', 'basic', 'appellate', 'appellate', 'other', 'not_applicable',
    ]);
  });
  it('types a court a newer codebook adds by what its id says, never by a guess', () => {
    expect(COURT_HIERARCHY.generalise('rs_supreme_cassation', 1, NO_CONTEXT)).toBe('supreme');
    expect(COURT_HIERARCHY.generalise('xk_basic_prizren', 1, NO_CONTEXT)).toBe('basic');
    expect(COURT_HIERARCHY.generalise('tribunal_x', 1, NO_CONTEXT)).toBe('other');
    expect(path(COURT_HIERARCHY, 'me_higher')).toEqual(['me_higher', 'higher', '*']);
  });
});

describe('flat hierarchy', () => {
  it('keeps the value or withholds it, and refuses options the codebook does not have', () => {
    const sex = flatHierarchy('victim_sex', ['female', 'male', 'other', 'unknown']);
    expect(path(sex, 'female')).toEqual(['female', '*']);
    expect(errorCodeOf(() => sex.generalise('f', 0, NO_CONTEXT))).toBe('VALIDATION');
  });
});

describe('"unknown" at every level of every hierarchy', () => {
  const all: Hierarchy[] = [
    AGE_HIERARCHY, CTDC_VICTIM_AGE_HIERARCHY, DEFENDANT_AGE_HIERARCHY, MONEY_HIERARCHY, SENTENCE_MONTHS_HIERARCHY, DATE_HIERARCHY,
    MUNICIPALITY_HIERARCHY, citizenshipHierarchy({ nationalCountry: 'rs' }), COURT_HIERARCHY, flatHierarchy('sex'),
  ];
  it.each(all.map((h) => [h.id, h] as const))('%s keeps unknown as unknown, never as a real category or "*"', (_, h) => {
    for (const missing of [null, undefined, '', ' ', 'unknown', 'Unknown']) {
      expect(path(h, missing)).toEqual(h.levels.map(() => 'unknown'));
    }
  });
  it.each(all.map((h) => [h.id, h] as const))('%s ends in "*" for every known value', (_, h) => {
    const sample: Record<string, CellValue> = {
      'date-month-quarter-year': '2020-05-05', 'municipality-region-country': 'Bitola', 'court-type': 'me_basic', 'citizenship-national-rs': 'rs', sex: 'male',
    };
    const value = sample[h.id] ?? 30;
    expect(h.generalise(value, h.levels.length - 1, NO_CONTEXT)).toBe('*');
    expect(h.levels[h.levels.length - 1]).toBe('*');
  });
});
