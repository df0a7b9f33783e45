import { describe, expect, it } from 'vitest';
import { findStreetAddresses } from '../../../shared/anonymise/addresses';
import { tokenize } from '../../../shared/anonymise/tokenize';

const found = (text: string): string[] => findStreetAddresses(text, tokenize(text)).map((d) => text.slice(d.start, d.end));

describe('street addresses', () => {
  it('finds addresses after a street word, with the house number', () => {
    for (const a of ['ул. Партизанска бр. 12', 'ул. Партизанска 12', 'бул. Партизански одреди бр. 17/3', 'улица 11 Октомври бр. 5',
      'ul. Cara Dušana br. 12', 'ulici Vojvode Stepe broj 7', 'Bulevar kralja Aleksandra 73a', 'Rruga e Kavajës, Pallati 12, Shkalla 3',
      'Rruga Myslym Shyri, nr. 15', 'rr. Tregtare 4', 'Lagjja 5, Rruga e Dibrës, nr. 12']) {
      expect(found(`живее на ${a}, во градот`), a).toEqual([a]);
    }
  });

  it('finds addresses abroad', () => {
    expect(found('lived at 14 Green Street, London and at Via Roma 12, Milano, then Hauptstraße 5')).toEqual(['14 Green Street', 'Via Roma 12', 'Hauptstraße 5']);
  });

  it('keeps a street without a house number and a year after "rruga"', () => {
    expect(found('на улица Партизанска, во центарот')).toEqual([]);
    expect(found('rruga për në Itali 2019 ishte e gjatë')).toEqual([]);
    expect(found('via Bitola to Greece on 3 days')).toEqual([]);
  });
});
