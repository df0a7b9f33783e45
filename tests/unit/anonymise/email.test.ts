import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../shared/anonymise/email';

const found = (text: string): string[] => findEmails(text).map((d) => text.slice(d.start, d.end));

describe('e-mail addresses', () => {
  it('finds plain and dodged addresses', () => {
    expect(found('pisala je na ana.p_88@gmail.com i Dragan@Mail.RS.')).toEqual(['ana.p_88@gmail.com', 'Dragan@Mail.RS']);
    expect(found('contact: boss [at] example.com')).toEqual(['boss [at] example.com']);
    expect(found('adresa ана@пошта.мк')).toEqual(['ана@пошта.мк']);
  });

  it('ignores an @ that is no address', () => {
    expect(found('@ 5 € per night, meet @home, x@y')).toEqual([]);
  });
});
