import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../shared/anonymise';
import { person, removed } from './helpers';

describe('the persons’ own numbers, addresses and e-mails', () => {
  it('finds a stored phone number in any written form, digit by digit', () => {
    const v = person({ role: 'victim', phones: ['+389 70 123 456'] });
    const text = '070 123 456; 070/123-456; (070) 123-456; +389-70-123-456; 00389 70 123456; +389 (0)70 123 456; 070 12 34 56';
    expect(removed(text, [v])).toEqual(text.split('; '));
  });

  it('finds a stored ID number with spaces, dashes or lookalike letters', () => {
    const v = person({ role: 'victim', idNumbers: ['A 1234567'], otherIdentifiers: ['vehicle SK-1234-AB'] });
    expect(removed('пасош А1234567, a1234567 и A-123-4567; кола SK 1234 AB', [v])).toEqual(['А1234567', 'a1234567', 'A-123-4567', 'SK 1234 AB']);
  });

  it('does not find a stored number inside a longer number', () => {
    const v = person({ role: 'victim', idNumbers: ['123456'] });
    expect(removed('фактура 0123456 и 1234567', [v])).toEqual([]);
  });

  it('finds a stored e-mail address in any letter case', () => {
    const v = person({ role: 'victim', emails: ['ivana.s@mail.mk'] });
    expect(removed('пишала од Ivana.S@Mail.MK', [v])).toEqual(['Ivana.S@Mail.MK']);
  });

  it('reports values too short to identify anyone and loses nothing else', () => {
    const v = person({ role: 'victim', fullName: 'Ana Kovač', idNumbers: ['12'], phones: ['123'], emails: ['a@b'], otherIdentifiers: ['-'], addresses: [', ,'] });
    const scrubber = createScrubber([v]);
    expect(scrubber.skipped.map((s) => `${s.field}:${s.reason}`).sort()).toEqual(['addresses:too-short', 'emails:too-short', 'idNumbers:too-short', 'otherIdentifiers:too-short', 'phones:too-short']);
    expect(scrubber.scrub('Ana Kovač, broj 12', { language: 'en' }).text).toBe('[VICTIM-1], broj 12');
  });
});

describe('addresses the vault records', () => {
  const v = person({ role: 'victim', addresses: ['ул. Партизанска бр. 12, Скопје'] });
  const d = person({ role: 'defendant', addresses: ['ul. Njegoševa br. 7, Beograd'] });

  it('finds the address however the text words it, town included when it follows', () => {
    expect(removed('живее на Партизанска 12, Скопје; на ул. Партизанска бр. 12; Partizanska br. 12', [v])).toEqual([
      'Партизанска 12, Скопје', 'ул. Партизанска бр. 12', 'Partizanska br. 12',
    ]);
    expect(removed('u Njegoševoj ulici broj 7 u Beogradu', [d], 'sr-Latn')).toEqual(['Njegoševoj ulici broj 7']);
  });

  it('keeps the town and the street without the number', () => {
    expect(removed('во Скопје, на Партизанска улица', [v])).toEqual([]);
  });
});
