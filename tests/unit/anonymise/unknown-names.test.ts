import { describe, expect, it } from 'vitest';
import { person, removed, scrub, scrubbed } from './helpers';

describe('names the vault does not know, next to role words', () => {
  it('finds a capitalised name after a role word in each language', () => {
    for (const [text, name, language] of [
      ['Оштетената Марија Ристова изјави', 'Марија Ристова', 'mk'],
      ['сведокот Горан Илиевски потврди', 'Горан Илиевски', 'mk'],
      ['oštećena Milica Jovanović je izjavila', 'Milica Jovanović', 'sr-Latn'],
      ['okrivljeni Marko Kovač je rekao', 'Marko Kovač', 'sr-Latn'],
      ['Сведок Немања Илић је рекао', 'Немања Илић', 'sr-Cyrl'],
      ['svjedok Vuk Perović je rekao', 'Vuk Perović', 'cnr'],
      ['i pandehuri Arben Hoxha deklaroi', 'Arben Hoxha', 'sq'],
      ['dëshmitarja Elona Shehu tha', 'Elona Shehu', 'sq'],
      ['the witness John Smith said', 'John Smith', 'en'],
      ['Mrs. Ana Novak said', 'Ana Novak', 'en'],
    ] as const) {
      expect(removed(text, [], language), text).toEqual([name]);
    }
  });

  it('finds a name before a role word in apposition', () => {
    expect(removed('John Smith, the victim, said', [])).toEqual(['John Smith']);
  });

  it('finds a parent named in the personal data block', () => {
    expect(removed('Петар Петров, син на Благоја Петров', [], 'mk')).toContain('Благоја Петров');
    expect(removed('i biri i Arbenit, lindur', [], 'sq')).toEqual(['Arbenit']);
  });

  it('finds every later mention of the same person, inflected', () => {
    const r = scrub('Okrivljeni Marko Kovač je došao. Kovača su videli, a Marku je rečeno. Kovačević nije isti.', [], 'sr-Latn');
    expect(r.replacements.map((x) => `${r.text.slice(x.outputStart, x.outputEnd)}`)).toEqual(['[LICE-1]', '[LICE-1]', '[LICE-1]']);
    expect(r.text).toContain('Kovačević nije isti');
    expect(scrubbed('Branilac okrivljenog Vuka Perovića je došao, ali Vuk nije.', [], 'cnr')).toBe('Branilac okrivljenog [LICE-1] je došao, ali [LICE-1] nije.');
  });

  it('does not read the next sentence, the courts’ own pseudonyms or function words as names', () => {
    expect(scrubbed('Судот ги оцени исказите на оштетениот.\nСудот смета дека…', [], 'mk')).toBe('Судот ги оцени исказите на оштетениот.\nСудот смета дека…');
    expect(scrubbed('okrivljeni AA i okrivljeni BB su osuđeni', [], 'sr-Latn')).toBe('okrivljeni AA i okrivljeni BB su osuđeni');
    expect(scrubbed('the victim In the morning', [])).toBe('the victim In the morning');
  });

  it('leaves a known person to the vault: the role word does not make it unknown', () => {
    const ana = person({ role: 'victim', fullName: 'Ана Костовска' });
    const r = scrub('оштетената Ана Костовска', [ana], 'mk');
    expect(r.replacements.map((x) => [x.placeholder, x.personId])).toEqual([['[ЖРТВА-1]', ana.id]]);
  });
});
