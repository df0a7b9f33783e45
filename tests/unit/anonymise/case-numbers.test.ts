import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from '../../../shared/anonymise/case-numbers';

const found = (text: string): string[] => findCaseNumbers(text).map((d) => text.slice(d.start, d.end));

describe('court and prosecution case numbers', () => {
  it('finds the North Macedonian forms', () => {
    for (const n of ['К-1234/21', 'К.бр. 1234/21', 'КОК-45/21', 'КЖ-456/21', 'КОКЖ-100/21', 'КО.бр. 123/21']) {
      expect(found(`предметот ${n} е заведен`), n).toEqual([n]);
    }
  });

  it('finds the Serbian and Montenegrin forms in both scripts', () => {
    for (const n of ['K 9/20', 'К. 4219/10', 'K.Po1 12/21', 'Kž1 334/25', 'Kž1 Po1 5/22', 'Kzz 909/2025', 'KT 123/21', 'KTO 12/21',
      'K-123/2019', 'KO 45/2020', 'Kt. 12/21', 'Kt-S 12/21', 'Kž 45/22', 'Кж1 334/25']) {
      expect(found(`u predmetu ${n} sud`), n).toEqual([n]);
    }
  });

  it('finds the Albanian and Kosovo forms', () => {
    expect(found('PP nr. 123/2020 dhe P.nr. 45/2020')).toEqual(['PP nr. 123/2020', 'P.nr. 45/2020']);
    expect(found('Vendim nr. 56, datë 12.03.2021')).toEqual(['nr. 56']);
    expect(found('Procedimi penal nr. 188, viti 2023')).toEqual(['nr. 188']);
    expect(found('Nr. 1234 i Regj. Themeltar')).toEqual(['Nr. 1234']);
  });

  it('finds a number after a case word in any language', () => {
    expect(found('предмет бр. 123/19')).toEqual(['бр. 123/19']);
    expect(found('case no. 45/2020 was heard')).toEqual(['no. 45/2020']);
  });

  it('keeps official gazettes, laws and articles of the code', () => {
    expect(found('(„Службен весник на РМ“ бр. 37/96, 80/99)')).toEqual([]);
    expect(found('(„Sl. glasnik RS“, br. 85/2005, 88/2005 - ispr.)')).toEqual([]);
    expect(found('Ligji nr. 8/2020 për')).toEqual([]);
    expect(found('член 418-а став 1 од КЗ, član 388 stav 3 KZ, neni 110/a')).toEqual([]);
  });
});
