import { describe, expect, it } from 'vitest';
import { findPersonalNumbers, isWellFormedAlbanianNid } from '../../../shared/anonymise/personal-numbers';

const found = (text: string): string[] => findPersonalNumbers(text).map((d) => text.slice(d.start, d.end));

describe('Albanian personal numbers, Kosovo personal numbers, passports', () => {
  it('checks the NID format and date (month +50 for women)', () => {
    expect(isWellFormedAlbanianNid('J05315001A')).toBe(true); // 15.03.1990
    expect(isWellFormedAlbanianNid('J05815001A')).toBe(true); // woman, 15.08.1990
    expect(isWellFormedAlbanianNid('J12345678A')).toBe(false); // month 23
    expect(isWellFormedAlbanianNid('J0531500A')).toBe(false);
  });

  it('removes a well-formed NID anywhere, and one with an impossible date only next to a personal-number word', () => {
    expect(found('nga J05315001A u dërgua')).toEqual(['J05315001A']);
    expect(found('numri personal J12345678A')).toEqual(['J12345678A']);
    expect(found('J12345678A (numri personal)')).toEqual(['J12345678A']);
    expect(found('kodi J12345678A i produktit')).toEqual([]);
  });

  it('removes a 10-digit Kosovo personal number only after a personal-number word', () => {
    expect(found('numri personal 1234567890')).toEqual(['1234567890']);
    expect(found('fatura 1234567890')).toEqual([]);
  });

  it('removes passport and identity-card numbers after the document name', () => {
    expect(found('пасош бр. А1234567 издаден')).toEqual(['А1234567']);
    expect(found('pasoš broj 012345678')).toEqual(['012345678']);
    expect(found('passport no. AB1234567')).toEqual(['AB1234567']);
    expect(found('letërnjoftimi nr. 123456789')).toEqual(['123456789']);
    expect(found('stranica 1234567 zapisnika')).toEqual([]);
  });
});
