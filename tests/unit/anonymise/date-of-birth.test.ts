import { describe, expect, it } from 'vitest';
import { findDatesOfBirth } from '../../../shared/anonymise/date-of-birth';

const found = (text: string, known = [] as Parameters<typeof findDatesOfBirth>[1]): string[] =>
  findDatesOfBirth(text, known).map((d) => `${text.slice(d.start, d.end)}${d.personId ? ` (${d.personId})` : ''}`);

describe('dates of birth', () => {
  it('removes a date after a birth word in each language', () => {
    for (const [text, date] of [
      ['роден на 15.03.1990 година', '15.03.1990'],
      ['родена во Скопје на 15 март 1990', '15 март 1990'],
      ['rođen 12. marta 1985. godine', '12. marta 1985.'],
      ['рођена 15. III 1990.', '15. III 1990.'],
      ['e lindur më 5 mars 1990', '5 mars 1990'],
      ['born on 15 March 1990', '15 March 1990'],
      ['Date of birth: 15/03/1990', '15/03/1990'],
      ['datëlindja: 15.03.1990', '15.03.1990'],
      ['rođen u Beogradu dana 15.03.1990', '15.03.1990'],
      ['роден во март 1990 година', 'март 1990'],
    ] as const) {
      expect(found(text), text).toEqual([date]);
    }
  });

  it('keeps other dates, a bare year of birth, and dates after the birth word’s sentence', () => {
    expect(found('Обвинението е од 15.03.2020 година.')).toEqual([]);
    expect(found('роден 1990 година')).toEqual([]);
    expect(found('Таа е родена во Скопје. На 12.05.2019 година дојде.')).toEqual([]);
    expect(found('rođen je u Nišu, gde je živeo sve do leta kada je, prema navodima, 12.05.2019 otišao')).toEqual([]);
  });

  it('removes the date of birth the vault knows wherever it stands, in any form', () => {
    const known = [{ personId: 'V1', year: 1990, month: 3, day: 15 }];
    expect(found('Sastanak je bio 15. marta 1990. i 15.III.1990; drugi 16.03.1990.', known)).toEqual(['15. marta 1990. (V1)', '15.III.1990 (V1)']);
  });
});
