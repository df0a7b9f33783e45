import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../shared/anonymise/fold-key';
import { nameForms } from '../../../shared/anonymise/name-forms';

/** Asserts every written form is among the forms of the name (all compared as folded keys). */
function expectForms(name: string, forms: readonly string[]): void {
  const all = nameForms(foldKey(name));
  for (const form of forms) expect(all.has(foldKey(form)), `${name} → ${form}`).toBe(true);
}

describe('nameForms: the inflected forms of a name word', () => {
  it('declines Serbian and Montenegrin first names', () => {
    expectForms('Marko', ['Marka', 'Marku', 'Markom', 'Markov', 'Markovog']);
    expectForms('Petar', ['Petra', 'Petru', 'Petrom', 'Petre', 'Petrov']);
    expectForms('Aleksandar', ['Aleksandra', 'Aleksandru', 'Aleksandrom']);
    expectForms('Ana', ['Ane', 'Ani', 'Anu', 'Anom', 'Anin', 'Anina']);
    expectForms('Nikola', ['Nikole', 'Nikoli', 'Nikolu', 'Nikolom']);
    expectForms('Luka', ['Luke', 'Luki', 'Luci']);
    expectForms('Vasilije', ['Vasilija', 'Vasiliju', 'Vasilijem']);
    expectForms('Ђорђе', ['Ђорђа', 'Ђорђу', 'Ђорђем']);
  });

  it('declines -ić surnames and adjectival -ski/-ska surnames', () => {
    expectForms('Jovanović', ['Jovanovića', 'Jovanoviću', 'Jovanovićem', 'Jovanovići', 'Jovanovićima', 'Jovanovićev', 'Jovanovićeva']);
    expectForms('Petrovski', ['Petrovskog', 'Petrovskom', 'Petrovskim']);
    expectForms('Petrovska', ['Petrovske', 'Petrovskoj', 'Petrovsku']);
  });

  it('gives the Macedonian vocative and the possessive and definite adjectival forms', () => {
    expectForms('Петар', ['Петре', 'Петров', 'Петровиот', 'Петрова', 'Петрово']);
    expectForms('Горан', ['Горане', 'Горанов', 'Горановиот']);
    expectForms('Ана', ['Ано', 'Анин', 'Аниниот', 'Анина']);
    expectForms('Марија', ['Маријо', 'Маријин', 'Маријината']);
    expectForms('Трајче', ['Трајчета', 'Трајчев']);
    expectForms('Петровски', ['Петровскиот', 'Петровските']);
  });

  it('gives Albanian definite and case forms', () => {
    expectForms('Hoxha', ['Hoxhës', 'Hoxhën', 'Hoxhë', 'Hoxhes']);
    expectForms('Arben', ['Arbeni', 'Arbenit', 'Arbenin']);
    expectForms('Besnik', ['Besniku', 'Besnikut', 'Besnikun']);
    expectForms('Elona', ['Elonës', 'Elonën']);
    expectForms('Dervishi', ['Dervishit', 'Dervishin']);
    expectForms('Marku', ['Markut', 'Markun']);
  });

  it('does not turn a name into an ordinary word', () => {
    expect(nameForms(foldKey('Bojana')).has(foldKey('boja'))).toBe(false);
    expect(nameForms(foldKey('Ana')).has(foldKey('an'))).toBe(false);
    expect(nameForms(foldKey('Marija')).has(foldKey('mari'))).toBe(false);
  });

  it('gives a single letter no forms (it can only be an initial)', () => {
    expect([...nameForms('p')]).toEqual(['p']);
  });
});
