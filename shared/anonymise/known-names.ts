// Finds the names of the case's persons as the vault knows them, in every form (issue 6 item 3,
// anonymisation.md T2: entity-level recall 1.00 for known parties): each word of the full name
// and of every alias, inflected (name-forms.ts), in any script and spelling (fold-key.ts), and
// initials in the forms published judgments use (P.P., P. Petrović, Petar P., М. П.). A long
// name also matches with a case ending the rules did not foresee (Petrovićima), but never with a
// surname-forming suffix (Kovač does not catch Kovačević).
//
// Built once per case; a text is matched word by word against one map of folded forms, so a
// document is read once whatever the number of persons.
//
// What counts as a name (the precision side, so that a victim called Bojana does not remove
// "boja" and Luka does not remove "luka", the harbour):
// - a single word matches only when written with a capital letter (Petrović, PETROVIĆ): names
//   are proper nouns in every language we read, and a lower-case word is an ordinary word;
// - two or more adjacent words of one person match in any case ("petar petrović");
// - an initial ("P.", "Lj.", "Ш.") counts only next to another word or initial of the same
//   person; a lone "P." is kept.
// When one word belongs to several persons (siblings' surname, Ivan/Ivana, the same initials),
// the person whose name accounts for more of the adjacent run wins (each word of the name used
// once), then the one whose words come in the name's order ("К. А." is Катерина Ангеловска, not
// Ана Костовска), then an exact over an inflected form, then the person named most recently,
// then the earlier person in role order.

import { FUNCTION_WORDS } from './function-words';
import { foldKey, initialKeys } from './fold-key';
import { inflectionPrefixes, nameForms } from './name-forms';
import type { Token } from './tokenize';
import type { Detection } from './types';

/** How a word matched: its written form, an inflected form, or an unforeseen longer ending. */
const EXACT = 0;
const INFLECTED = 1;
const ENDING = 2;
type Rank = typeof EXACT | typeof INFLECTED | typeof ENDING;

export interface NamedPerson {
  id: string;
  /** Name strings: the full name and every alias. */
  names: readonly string[];
}

/** How one word or initial may belong to a person: the best rank, and which words of the name it can be. */
interface Candidate {
  rank: Rank;
  /** Word positions in the name (0 = first word): "П." of Петар Петровски may be word 0 or 1. */
  positions: Set<number>;
}

type Candidates = Map<number, Candidate>;

interface Hit {
  index: number;
  token: Token;
  initial: boolean;
  candidates: Candidates;
}

interface Segment {
  person: number;
  hits: Hit[];
}

const LETTER_WORD = /[\p{L}\p{M}]+/gu;
const RUN_GAP = /^[\s\-‐‑–]{0,4}$/u;
/**
 * Case endings a longer, unforeseen form may add to a long name (Petrovićima, Marijama). Not
 * surname-forming suffixes: Kovač must not catch Kovačević.
 */
const CASE_ENDINGS = new Set([
  'a', 'e', 'i', 'o', 'u', 'om', 'em', 'im', 'ih', 'og', 'oj', 'oga', 'ome', 'omu', 'ima', 'ama', 'ovi', 'evi', 'ove', 'eve',
  'es', 'en', 'et', 'it', 'in', 'ut', 'un', 've', 'ja', 'ju', 'jem', 'ta', 'te', 'to', 'ot', 'ata', 'ite', 'oto', 'iot', 'ave',
]);

function addEntry(map: Map<string, Candidates>, key: string, person: number, rank: Rank, position: number): void {
  let entry = map.get(key);
  if (!entry) {
    entry = new Map();
    map.set(key, entry);
  }
  const prior = entry.get(person);
  if (!prior) entry.set(person, { rank, positions: new Set([position]) });
  else {
    if (rank < prior.rank) prior.rank = rank;
    prior.positions.add(position);
  }
}

function mergeInto(into: Candidates, from: Candidates | undefined): void {
  if (!from) return;
  for (const [person, c] of from) {
    const prior = into.get(person);
    if (!prior) into.set(person, { rank: c.rank, positions: new Set(c.positions) });
    else {
      if (c.rank < prior.rank) prior.rank = c.rank;
      for (const p of c.positions) prior.positions.add(p);
    }
  }
}

/**
 * Which hits of a run one person can account for, each word of the name used once, in the
 * name's order where possible ("К. А." is Катерина Ангеловска, not Ана Костовска; "А. А." is
 * not Ана Костовска at all).
 */
function assign(hits: readonly Hit[], person: number): { assigned: boolean[]; ordered: number; exact: number } {
  const used = new Set<number>();
  const assigned: boolean[] = [];
  let previous = -1;
  let ordered = 0;
  let exact = 0;
  for (const hit of hits) {
    const c = hit.candidates.get(person);
    if (!c) {
      assigned.push(false);
      previous = -1;
      continue;
    }
    const free = [...c.positions].filter((p) => !used.has(p)).sort((a, b) => a - b);
    const next = free.find((p) => p > previous) ?? free[0];
    if (next === undefined) {
      assigned.push(false);
      continue;
    }
    if (next > previous && previous >= 0) ordered++;
    used.add(next);
    previous = next;
    assigned.push(true);
    if (c.rank === EXACT) exact++;
  }
  return { assigned, ordered, exact };
}

export class KnownNames {
  private readonly forms = new Map<string, Candidates>();
  private readonly initials = new Map<string, Candidates>();
  private readonly prefixes = new Map<string, Candidates>();

  constructor(private readonly persons: readonly NamedPerson[]) {
    persons.forEach((person, index) => {
      for (const name of person.names) this.addName(name, index);
    });
  }

  private addName(name: string, person: number): void {
    let position = 0;
    for (const m of name.matchAll(LETTER_WORD)) {
      const word = m[0];
      const key = foldKey(word);
      if (FUNCTION_WORDS.has(key)) continue;
      for (const initial of initialKeys(word)) addEntry(this.initials, initial, person, EXACT, position);
      // One letter is an initial ("И." in an alias), never a word of its own.
      if (Array.from(word).length >= 2) {
        addEntry(this.forms, key, person, EXACT, position);
        for (const form of nameForms(key)) addEntry(this.forms, form, person, INFLECTED, position);
        for (const prefix of inflectionPrefixes(key)) addEntry(this.prefixes, prefix, person, ENDING, position);
      }
      position++;
    }
  }

  /** Name spans of the case's persons in `text` (tokens from tokenize.ts). */
  find(text: string, tokens: readonly Token[]): Detection[] {
    const hits = this.hits(text, tokens);
    const detections: Detection[] = [];
    const lastSeen = new Map<number, number>();
    for (const run of this.runs(text, hits)) {
      for (const segment of this.resolve(run, lastSeen)) {
        const first = segment.hits[0];
        const last = segment.hits[segment.hits.length - 1];
        if (!first || !last || !this.accepts(segment)) continue;
        lastSeen.set(segment.person, first.token.start);
        detections.push({
          kind: 'person',
          start: first.token.start,
          end: last.token.end,
          personId: this.persons[segment.person]?.id ?? null,
          detector: 'vault-name',
          confidence: 'high',
        });
      }
    }
    return detections;
  }

  private hits(text: string, tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    tokens.forEach((token, index) => {
      if (token.numeric) return;
      const initial = token.capitalised && token.end - token.start <= 2 && text.charAt(token.end) === '.';
      // The maps are only read from here on, so a word's entry is shared, not copied.
      const forms = this.forms.get(token.key);
      let candidates: Candidates | undefined = forms ?? (initial ? this.initials.get(token.key) : undefined);
      if (!candidates && token.capitalised && token.key.length >= 6) candidates = this.longerEnding(token.key);
      if (candidates && candidates.size > 0) hits.push({ index, token, initial: initial && !forms, candidates });
    });
    return hits;
  }

  private longerEnding(key: string): Candidates | undefined {
    let candidates: Candidates | undefined;
    for (let cut = 1; cut <= 4 && key.length - cut >= 5; cut++) {
      if (!CASE_ENDINGS.has(key.slice(-cut))) continue;
      const found = this.prefixes.get(key.slice(0, -cut));
      if (!found) continue;
      candidates ??= new Map();
      mergeInto(candidates, found);
    }
    return candidates;
  }

  /** Adjacent hits: consecutive words separated only by spaces, a hyphen or an initial's dot. */
  private runs(text: string, hits: readonly Hit[]): Hit[][] {
    const runs: Hit[][] = [];
    let current: Hit[] = [];
    let previous: Hit | undefined;
    for (const hit of hits) {
      if (previous && previous.index === hit.index - 1 && this.adjacent(text, previous, hit)) {
        current.push(hit);
      } else {
        if (current.length > 0) runs.push(current);
        current = [hit];
      }
      previous = hit;
    }
    if (current.length > 0) runs.push(current);
    return runs;
  }

  private adjacent(text: string, left: Hit, right: Hit): boolean {
    let gap = text.slice(left.token.end, right.token.start);
    if (left.initial && gap.startsWith('.')) gap = gap.slice(1);
    return RUN_GAP.test(gap) && !gap.includes('\n\n');
  }

  /** Splits a run into per-person segments (see the header for the order of preference). */
  private resolve(hits: readonly Hit[], lastSeen: ReadonlyMap<number, number>): Segment[] {
    if (hits.length === 0) return [];
    const best = this.bestPerson(hits, lastSeen);
    const { assigned } = assign(hits, best);
    const segments: Segment[] = [];
    let i = 0;
    while (i < hits.length) {
      const mine = assigned[i] === true;
      let j = i;
      while (j < hits.length && (assigned[j] === true) === mine) j++;
      const part = hits.slice(i, j);
      if (mine) segments.push({ person: best, hits: part });
      else if (part.length < hits.length) segments.push(...this.resolve(part, lastSeen));
      i = j;
    }
    return segments;
  }

  private bestPerson(hits: readonly Hit[], lastSeen: ReadonlyMap<number, number>): number {
    const persons = new Set<number>();
    for (const hit of hits) for (const person of hit.candidates.keys()) persons.add(person);
    let best = -1;
    let bestKey: number[] = [];
    for (const person of persons) {
      const { assigned, ordered, exact } = assign(hits, person);
      const key = [assigned.filter(Boolean).length, ordered, exact, lastSeen.get(person) ?? -1, -person];
      if (best < 0 || compareKeys(key, bestKey) > 0) {
        best = person;
        bestKey = key;
      }
    }
    return best;
  }

  private accepts(segment: Segment): boolean {
    if (segment.hits.length >= 2) return true;
    const only = segment.hits[0];
    return only !== undefined && !only.initial && only.token.capitalised;
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
