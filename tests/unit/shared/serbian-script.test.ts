import { describe, expect, it } from 'vitest';
import { serbianLatinToCyrillic } from '../../../shared/text/serbian-script';

describe('Serbian Latin to Cyrillic', () => {
  it('maps every letter and the digraphs lj, nj and dž to single letters', () => {
    expect(serbianLatinToCyrillic('Trgovina ljudima, optužnica, pravnosnažna presuda')).toBe('Трговина људима, оптужница, правноснажна пресуда');
    expect(serbianLatinToCyrillic('Džep, Njegoš, Ljubav, Đorđe, ćup, čaša')).toBe('Џеп, Његош, Љубав, Ђорђе, ћуп, чаша');
  });

  it('leaves acronyms, foreign words and quoted examples as written', () => {
    expect(serbianLatinToCyrillic('Prema CTDC i UNODC podacima')).toBe('Према CTDC и UNODC подацима');
    expect(serbianLatinToCyrillic('član 388 KZ, TOK i OEBS')).toBe('члан 388 КЗ, ТОК и ОЕБС');
    expect(serbianLatinToCyrillic("npr. 'K 9/20' ili 'Vendim nr. 45, datë 12.03.2021'")).toBe("нпр. 'K 9/20' или 'Vendim nr. 45, datë 12.03.2021'");
    expect(serbianLatinToCyrillic('art. 3(c) Palermo protokola')).toBe('арт. 3(ц) Палермо протокола');
  });
});
