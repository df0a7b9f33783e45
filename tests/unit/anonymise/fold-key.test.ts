import { describe, expect, it } from 'vitest';
import { foldKey, initialKeys } from '../../../shared/anonymise/fold-key';

const same = (...spellings: string[]): void => {
  const keys = new Set(spellings.map(foldKey));
  expect(keys.size, `${spellings.join(' / ')} → ${[...keys].join(', ')}`).toBe(1);
};

describe('foldKey: one key for every spelling of a name', () => {
  it('reads Macedonian Cyrillic and both Macedonian Latin conventions (and ISO acutes) alike', () => {
    same('Ѓорѓиевски', 'Gjorgjievski', 'Đorđievski', 'Ǵorǵievski', 'Dordievski');
    same('Ќостадинов', 'Kjostadinov', 'Ćostadinov', 'Ḱostadinov', 'Costadinov');
    same('Жаклина', 'Zhaklina', 'Žaklina', 'Zaklina');
    same('Шабани', 'Shabani', 'Šabani', 'Sabani');
    same('Чавдар', 'Chavdar', 'Čavdar', 'Cavdar');
    same('Џемаил', 'Dzhemail', 'Džemail', 'Dzemail');
    same('Ѕвездан', 'Dzvezdan');
    same('Љупчо', 'Ljupčo', 'Ljupcho', 'Ljupco');
    same('Њагул', 'Njagul');
  });

  it('reads Serbian Cyrillic and Latin alike, with or without diacritics', () => {
    same('Ђорђевић', 'Đorđević', 'Djordjević', 'Djordjevic', 'Dordevic', 'ĐORĐEVIĆ');
    same('Ћосић', 'Ćosić', 'Cosic');
    same('Љубица', 'Ljubica');
    same('Његош', 'Njegoš', 'Njegos');
    same('Џакула', 'Džakula', 'Dzakula');
  });

  it('reads Albanian spellings of the same sounds as their Macedonian Cyrillic', () => {
    same('Реџепи', 'Rexhepi');
    same('Зеќири', 'Zeqiri');
    same('Ѓока', 'Gjoka');
    same('Хоџа', 'Hoxha');
    same('Шеху', 'Shehu');
    same('Чела', 'Çela', 'Cela');
    same('Hoxhës', 'Hoxhes');
  });

  it('folds lookalike letters of the other script inside a word', () => {
    // "Petrović" typed with a Cyrillic о and е.
    same('Petrović', 'P\u0435tr\u043ević');
  });

  it('keeps different names apart', () => {
    expect(foldKey('Petrović')).not.toBe(foldKey('Petrovski'));
    expect(foldKey('Marko')).not.toBe(foldKey('Marka'));
    expect(foldKey('Ana')).not.toBe(foldKey('Anna'));
  });
});

describe('initialKeys', () => {
  it('gives the keys an initial of the word may be written with', () => {
    expect(initialKeys('Љупчо')).toEqual(expect.arrayContaining(['lj', 'l']));
    expect(initialKeys('Ѓорѓи')).toEqual(expect.arrayContaining([foldKey('Đ'), 'g']));
    expect(initialKeys('Shehu')).toEqual(expect.arrayContaining([foldKey('Ш')]));
    expect(initialKeys('Petar')).toEqual(['p']);
  });
});
