import { describe, expect, it } from 'vitest';
import { person, removed, scrub, scrubbed } from './helpers';

const petar = person({ role: 'defendant', code: 'D1', fullName: 'Petar Petrović' });
const ivana = person({ role: 'victim', code: 'V1', fullName: 'Ивана Стојановска' });

describe('known persons in every form', () => {
  it('finds the full name, each word alone and inflected forms', () => {
    const text = 'Okrivljeni Petar Petrović je sa Petrom razgovarao; Petroviću je rečeno da Petrovićev auto stoji.';
    expect(scrubbed(text, [petar], 'sr-Latn')).toBe(
      'Okrivljeni [OKRIVLJENI-1] je sa [OKRIVLJENI-1] razgovarao; [OKRIVLJENI-1] je rečeno da [OKRIVLJENI-1] auto stoji.',
    );
  });

  it('finds a Cyrillic vault name written in Latin by either convention, folded, or in capitals', () => {
    const text = 'Ivana Stojanovska; IVANA STOJANOVSKA; Stojanovska Ivana; Ивано!';
    expect(removed(text, [ivana])).toEqual(['Ivana Stojanovska', 'IVANA STOJANOVSKA', 'Stojanovska Ivana', 'Ивано']);
    const zh = person({ role: 'victim', fullName: 'Жаклина Ѓорѓиевска' });
    expect(removed('Zhaklina Gjorgjievska, Žaklina Đorđievska, Zaklina Djordjievska', [zh])).toEqual([
      'Zhaklina Gjorgjievska', 'Žaklina Đorđievska', 'Zaklina Djordjievska',
    ]);
  });

  it('finds a Latin vault name in Cyrillic text', () => {
    expect(scrubbed('Окривљени Петар Петровић и Петровићем.', [petar], 'sr-Cyrl')).toBe('Окривљени [ОКРИВЉЕНИ-1] и [ОКРИВЉЕНИ-1].');
  });

  it('finds initials next to the name or another initial, in either script', () => {
    expect(removed('P.P. je došao; P. Petrović i Petar P. takođe; П. П. isto.', [petar])).toEqual(['P.P', 'P. Petrović', 'Petar P', 'П. П']);
    expect(removed('И.С. и Stojanovska I. su ista osoba.', [ivana])).toEqual(['И.С', 'Stojanovska I']);
  });

  it('keeps a lone initial', () => {
    expect(scrubbed('Prema tački P. navedenoj ranije.', [petar])).toBe('Prema tački P. navedenoj ranije.');
  });

  it('matches two adjacent name words in lower case, but not one lower-case word', () => {
    expect(scrubbed('poruka za petar petrović', [petar])).toBe('poruka za [DEFENDANT-1]');
    // Names are capitalised in every language we read; one lower-case word is an ordinary word.
    expect(scrubbed('petrović', [petar])).toBe('petrović');
  });

  it('does not remove ordinary words that resemble a name', () => {
    const bojana = person({ role: 'victim', fullName: 'Bojana Ilić' });
    expect(scrubbed('Boja zida je bela, a boja vrata siva. Bojana je došla.', [bojana], 'sr-Latn')).toBe(
      'Boja zida je bela, a boja vrata siva. [ŽRTVA-1] je došla.',
    );
    const luka = person({ role: 'witness', fullName: 'Luka Marić' });
    expect(scrubbed('U luci je bilo mirno; luka je zatvorena. Luka je svedočio.', [luka], 'sr-Latn')).toBe(
      'U luci je bilo mirno; luka je zatvorena. [SVEDOK-1] je svedočio.',
    );
    const marija = person({ role: 'victim', fullName: 'Marija Kostić' });
    expect(scrubbed('Sorta marija cveta u maju. Mariji je rečeno.', [marija], 'sr-Latn')).toBe('Sorta marija cveta u maju. [ŽRTVA-1] je rečeno.');
    const besa = person({ role: 'victim', fullName: 'Besa Hoxha' });
    expect(scrubbed('Ai dha besën e tij. Hoxhës i tha.', [besa], 'sq')).toBe('Ai dha besën e tij. [VIKTIMA-1] i tha.');
  });

  it('matches whole words only', () => {
    const ana = person({ role: 'victim', fullName: 'Ana Kovač' });
    expect(scrubbed('Banana, Anabela i Kovačević nisu Ana.', [ana], 'sr-Latn')).toBe('Banana, Anabela i Kovačević nisu [ŽRTVA-1].');
  });

  it('finds aliases and nicknames, and identifiers without digits as names', () => {
    const d = person({ role: 'defendant', fullName: 'Goran Ilievski', aliases: ['Шилјо', 'the Boss'], otherIdentifiers: ['Facebook: Goce Skopjanec'] });
    expect(removed('Шилјо и Šiljo; The court heard the Boss; Goce Skopjanec wrote.', [d])).toEqual(['Шилјо', 'Šiljo', 'Boss', 'Goce Skopjanec']);
  });
});

describe('which person a word belongs to', () => {
  it('gives a shared surname to the person named most recently', () => {
    const ana = person({ role: 'victim', code: 'V1', fullName: 'Ana Petrović' });
    const marko = person({ role: 'defendant', code: 'D1', fullName: 'Marko Petrović' });
    const r = scrub('Marko Petrović je došao. Petrović je rekao. Ana Petrović je plakala. Petrović je otišla.', [ana, marko], 'sr-Latn');
    expect(r.replacements.map((x) => x.placeholder)).toEqual(['[OKRIVLJENI-1]', '[OKRIVLJENI-1]', '[ŽRTVA-1]', '[ŽRTVA-1]']);
  });

  it('prefers a name as written over another name inflected the same way (Ivana, Ivan)', () => {
    const ivanaV = person({ role: 'victim', code: 'V1', fullName: 'Ivana Kostić' });
    const ivanD = person({ role: 'defendant', code: 'D1', fullName: 'Ivan Marić' });
    const r = scrub('Ivana je došla. Ivan Marić je rekao Ivanu Mariću da ode.', [ivanaV, ivanD], 'sr-Latn');
    expect(r.replacements.map((x) => x.placeholder)).toEqual(['[ŽRTVA-1]', '[OKRIVLJENI-1]', '[OKRIVLJENI-1]']);
  });

  it('reads initials in the order of the name', () => {
    const katerina = person({ role: 'victim', code: 'V1', fullName: 'Катерина Ангеловска' });
    const ana = person({ role: 'victim', code: 'V2', fullName: 'Ана Костовска' });
    const r = scrub('Ана Костовска дојде. Потоа К. А. рече, а А. К. молчеше.', [katerina, ana], 'mk');
    expect(r.replacements.map((x) => x.placeholder)).toEqual(['[ЖРТВА-2]', '[ЖРТВА-1]', '[ЖРТВА-2]']);
  });
});
