import { describe, expect, it } from 'vitest';
import { person, scrub } from './helpers';

describe('placeholders', () => {
  it('are written in the document’s language', () => {
    const v = person({ role: 'victim', fullName: 'Ana Kovač', phones: ['070 123 456'] });
    const text = 'Ana Kovač, 070 123 456';
    expect(scrub(text, [v], 'mk').text).toBe('[ЖРТВА-1], [ТЕЛЕФОН]');
    expect(scrub(text, [v], 'sr-Latn').text).toBe('[ŽRTVA-1], [TELEFON]');
    expect(scrub(text, [v], 'sr-Cyrl').text).toBe('[ЖРТВА-1], [ТЕЛЕФОН]');
    expect(scrub(text, [v], 'sq').text).toBe('[VIKTIMA-1], [TELEFONI]');
    expect(scrub(text, [v], 'cnr').text).toBe('[ŽRTVA-1], [TELEFON]');
    expect(scrub(text, [v], 'en').text).toBe('[VICTIM-1], [PHONE]');
  });

  it('number known persons by their role order, codes numerically, whatever order the text names them in', () => {
    const persons = [
      person({ role: 'defendant', code: 'D2', fullName: 'Goran Mitev' }),
      person({ role: 'victim', code: 'V10', fullName: 'Vesna Ilić' }),
      person({ role: 'victim', code: 'V2', fullName: 'Sara Popović' }),
      person({ role: 'defendant', code: 'D1', fullName: 'Dejan Kostić' }),
      person({ role: 'witness', code: 'W1', fullName: 'Ilir Kola' }),
    ];
    expect(scrub('Goran Mitev, Vesna Ilić, Ilir Kola, Sara Popović, Dejan Kostić', persons).text).toBe(
      '[DEFENDANT-2], [VICTIM-2], [WITNESS-1], [VICTIM-1], [DEFENDANT-1]',
    );
  });

  it('give unknown persons PERSON numbers after the case’s own "other" persons, in order of first mention, the same entity the same number', () => {
    const other = person({ role: 'other', code: 'P1', fullName: 'Drita Leka' });
    const r = scrub('The witness John Smith met Drita Leka. The defendant Tom Brown saw Smith again and Brown left.', [other]);
    expect(r.text).toBe('The witness [PERSON-2] met [PERSON-1]. The defendant [PERSON-3] saw [PERSON-2] again and [PERSON-3] left.');
  });

  it('type everything that is not a person without a number', () => {
    const r = scrub('born on 15 March 1990, e-mail x1@mail.com, IBAN MK07250120000058984, case K 12/19, car SK-1234-AB, at ul. Partizanska br. 5');
    expect(r.text).toBe('born on [DATE-OF-BIRTH], e-mail [EMAIL], IBAN [IBAN], case [CASE-NUMBER], car [PLATE], at [ADDRESS]');
  });
});
