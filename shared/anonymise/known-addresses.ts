// The case's persons' addresses as the vault records them ("ул. Партизанска бр. 12, Скопје"),
// found however a text words them: the street's name in any script and inflection
// ("во Партизанска 12", "u Njegoševoj ulici broj 12", "në Rrugën e Kavajës, Pallati 12") and the
// house number, with the street word and the town around it taken along. Words that only say
// "street" or "number" (ул., ulici, rruga, бр., broj, Pallati) may stand anywhere in between,
// so they are left out of what must match. An address without a house number ("с. Арачиново")
// must match in full. The town alone is never removed: it is not an address of anyone.

import { foldKey } from './fold-key';
import { nameForms } from './name-forms';
import type { Token } from './tokenize';
import type { Detection } from './types';

export interface AddressOwner {
  id: string;
  addresses: readonly string[];
}

const STREET_WORDS = [
  'ул', 'улица', 'улици', 'улицата', 'улицу', 'улице', 'бул', 'булевар', 'булеварот', 'булевару', 'трг', 'тргот', 'нас', 'населба',
  'ul', 'ulica', 'ulici', 'ulicu', 'ulice', 'bul', 'bulevar', 'bulevaru', 'bulevara', 'trg', 'trgu', 'naselje',
  'rr', 'rruga', 'rrugës', 'rrugën', 'rrugica', 'bulevardi', 'sheshi', 'lagjja', 'lagjen', 'lagjes', 'lagj',
  'street', 'road', 'str', 'avenue', 'lane',
];
/** Number and flat words ("бр. 12", "Pallati 12, Shkalla 3", "стан 4") between the parts of an address. */
const NUMBER_WORDS = ['бр', 'број', 'br', 'broj', 'stan', 'стан', 'кат', 'sprat', 'kat', 'pallati', 'pall', 'shkalla', 'shk', 'hyrja', 'ap', 'apt', 'nr', 'no', 'kati'];
/** Little words inside an address ("Rruga e Kavajës", "во Партизанска") that need not match. */
const CONNECTORS = ['e', 'i', 'të', 'na', 'во', 'на', 'u', 'në'];
const STREET = new Set(STREET_WORDS.map(foldKey));
const FILLER = new Set([...STREET_WORDS, ...NUMBER_WORDS, ...CONNECTORS].map(foldKey));
const GAP = /^[\s,.:/„"“”«»\-–]{0,4}$/u;

interface KnownAddress {
  personId: string;
  /** What must match, in order: for each word its accepted keys. */
  core: ReadonlySet<string>[];
  town: string[];
}

function wordKeys(token: string): Set<string> {
  if (/^\p{N}+$/u.test(token)) return new Set([token]);
  return nameForms(foldKey(token));
}

function parse(personId: string, address: string): KnownAddress | null {
  const segments = address.split(',');
  const last = segments[segments.length - 1] ?? '';
  const hasTown = segments.length >= 2 && !/\p{N}/u.test(last);
  const body = hasTown ? segments.slice(0, -1).join(',') : address;
  const words = body.match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? [];
  const core = words.filter((w) => !FILLER.has(foldKey(w))).map(wordKeys);
  const town = hasTown ? (last.match(/[\p{L}\p{M}]+/gu) ?? []).map(foldKey) : [];
  return core.length === 0 ? null : { personId, core, town };
}

export class KnownAddresses {
  private readonly byFirst = new Map<string, KnownAddress[]>();
  readonly skipped: { personId: string }[] = [];

  constructor(owners: readonly AddressOwner[]) {
    for (const owner of owners) {
      for (const address of owner.addresses) {
        const parsed = parse(owner.id, address);
        const first = parsed?.core[0];
        if (!parsed || !first) {
          this.skipped.push({ personId: owner.id });
          continue;
        }
        for (const key of first) {
          const list = this.byFirst.get(key) ?? [];
          list.push(parsed);
          this.byFirst.set(key, list);
        }
      }
    }
  }

  find(text: string, tokens: readonly Token[]): Detection[] {
    if (this.byFirst.size === 0) return [];
    const found: Detection[] = [];
    tokens.forEach((token, i) => {
      for (const address of this.byFirst.get(token.key) ?? []) {
        const end = this.matchFrom(text, tokens, i, address);
        if (end === null) continue;
        let from = i;
        const before = tokens[i - 1];
        if (before && STREET.has(before.key) && GAP.test(text.slice(before.end, token.start))) from = i - 1;
        found.push({
          kind: 'address', start: tokens[from]?.start ?? token.start, end: tokens[end]?.end ?? token.end,
          personId: address.personId, detector: 'vault-address', confidence: 'high',
        });
      }
    });
    return found;
  }

  /** Index of the last token of the address starting at token `i`, or null. */
  private matchFrom(text: string, tokens: readonly Token[], i: number, address: KnownAddress): number | null {
    let t = i;
    for (let c = 1; c < address.core.length; c++) {
      const keys = address.core[c];
      let next = t + 1;
      // Street and number words may stand between the name's words and the house number.
      while (tokens[next] && FILLER.has(tokens[next]?.key ?? '') && !keys?.has(tokens[next]?.key ?? '') && next - t <= 3) next++;
      const token = tokens[next];
      if (!token || !keys?.has(token.key)) return null;
      for (let g = t; g < next; g++) {
        if (!GAP.test(text.slice(tokens[g]?.end ?? 0, tokens[g + 1]?.start ?? 0))) return null;
      }
      t = next;
    }
    // Take along street words after the number ("7 Mill Street") and the town when it follows.
    let end = t;
    while (tokens[end + 1] && STREET.has(tokens[end + 1]?.key ?? '') && GAP.test(text.slice(tokens[end]?.end ?? 0, tokens[end + 1]?.start ?? 0))) end++;
    t = end;
    let k = 0;
    while (k < address.town.length && tokens[end + 1]?.key === address.town[k] && GAP.test(text.slice(tokens[end]?.end ?? 0, tokens[end + 1]?.start ?? 0))) {
      end++;
      k++;
    }
    return k === address.town.length ? end : t;
  }
}
