// Street addresses with a house number (issue 6 item 3; anonymisation.md §4): a street word
// (ул., улица, бул., булевар, ulica, ul., bulevar, trg, rruga, rr., bulevardi, lagjja; Via,
// Rue, …), up to five words of the street's name, an optional number word (бр., br., broj,
// nr., No., Pallati) and the house number, with what follows it (Shkalla 3, ap. 12, стан 4).
// Also "12 Baker Street" and "Hauptstraße 12" for addresses abroad. Without a house number a
// street name is no address of anyone and stays; so does a four-digit year after "rruga"
// ("rruga për në Itali 2019").
//
// The pattern is tried only where a street word stands (found among the text's tokens), not
// at every letter of the text (issue 6: speed).

import { foldKey } from './fold-key';
import { outermost } from './resolve-overlaps';
import type { Token } from './tokenize';
import type { Detection } from './types';

const STREET_WORDS = [
  'ул\\.', 'улица', 'улици', 'улицата', 'улицу', 'улице', 'бул\\.', 'булевар', 'булеварот', 'булевару', 'булевара', 'трг', 'тргот', 'тргу', 'нас\\.', 'населба',
  'ul\\.', 'ulica', 'ulici', 'ulicu', 'ulice', 'bul\\.', 'bulevar', 'bulevaru', 'bulevara', 'trg', 'trgu', 'naselje',
  'rr\\.', 'rruga', 'rrugës', 'rruges', 'rrugën', 'rrugen', 'rrugica', 'bulevardi', 'bulevardit', 'blv\\.', 'sheshi', 'sheshit', 'lagj\\.', 'lagjja', 'lagjen', 'lagjes', 'lagjia',
];
const STREET_KEYS = new Set(STREET_WORDS.map((w) => foldKey(w.replace('\\.', ''))));
const WORD = String.raw`[„"«'“]?[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*[“"»'”]?`;
const MARKER = String.raw`(?<marker>бр\.|br\.|broj|број|nr\.|Nr\.|No\.|no\.|Pallati|pall\.|#)`;
const NUMBER = String.raw`(?<number>\d{1,4})(?:[a-zA-Zа-яА-Я](?![\p{L}]))?(?:\s?\/\s?\d{1,4})?`;
const EXTRAS = String.raw`(?:,?\s*(?:Shkalla|shk\.|Hyrja|ap\.|apt\.|stan|стан|кат|влез|vlez|sprat|kat|kati|Pallati|pall\.)\s*\d{1,4})*`;

const AFTER_STREET_WORD = new RegExp(
  String.raw`(?:${STREET_WORDS.join('|')})(?:\s+|(?<=\.))(?:${WORD}(?:\s+|,\s*)){1,5}?(?:${MARKER}\s*)?${NUMBER}${EXTRAS}(?![\p{N}])`,
  'iuy',
);
const ENGLISH = /(?=\d)(?<![\p{L}\p{N}])\d{1,4}[a-z]?\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Square)/gu;
// Capitalised only: "via" and "rue" are also ordinary words.
const ROMANCE = /(?<![\p{L}])(?:Via|Viale|Piazza|Corso|Calle|Rue)\s+(?:\p{Lu}\p{L}+\s+){1,3}\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
const GERMAN = /(?<![\p{L}])\p{Lu}\p{L}+(?:straße|strasse|str\.|gasse|weg|platz)\s+\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
const FOREIGN_HINTS: readonly (readonly [RegExp, RegExp])[] = [
  [/Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Square/u, ENGLISH],
  [/Via|Viale|Piazza|Corso|Calle|Rue/u, ROMANCE],
  [/straße|strasse|str\.|gasse|weg|platz/u, GERMAN],
];

function looksLikeYear(number: string): boolean {
  return /^(?:19|20)\d\d$/.test(number);
}

function address(start: number, end: number): Detection {
  return { kind: 'address', start, end, personId: null, detector: 'street-address', confidence: 'low' };
}

export function findStreetAddresses(text: string, tokens: readonly Token[]): Detection[] {
  const found: Detection[] = [];
  for (const token of tokens) {
    if (token.numeric || !STREET_KEYS.has(token.key)) continue;
    AFTER_STREET_WORD.lastIndex = token.start;
    const m = AFTER_STREET_WORD.exec(text);
    if (!m || (m.groups?.['marker'] === undefined && looksLikeYear(m.groups?.['number'] ?? ''))) continue;
    found.push(address(m.index, m.index + m[0].length));
  }
  for (const [hint, pattern] of FOREIGN_HINTS) {
    if (!hint.test(text)) continue;
    for (const m of text.matchAll(pattern)) found.push(address(m.index, m.index + m[0].length));
  }
  return outermost(found);
}
