// Names the vault does not know (issue 6 item 3): capitalised words right after a role word
// ("оштетената Марија Ристова", "okrivljenog Marka Kovača", "e dëmtuara Elona Shehu",
// "the witness John Smith", "Mrs. Ana Novak"), right before one after a comma ("John Smith,
// the victim"), and parents named after a kinship word ("син на Петар", "i biri i Arbenit"). Each such person becomes an entity numbered [PERSON-n] in its document, and
// every later capitalised mention of its words in any inflection ("Ристова", "Kovaču",
// "Shehut") is the same entity, so no mention of the person is left behind (TAB entity-level
// recall: an entity is masked only if all its mentions are).

import { FUNCTION_WORDS } from './function-words';
import { nameForms } from './name-forms';
import { ABBREVIATED_ROLE_WORDS, KINSHIP_CONNECTORS, KINSHIP_WORDS, ROLE_WORDS } from './role-words';
import type { Token } from './tokenize';
import type { Detection } from './types';

const MAX_NAME_WORDS = 3;
/**
 * Between a role word and the name: spaces on one line, maybe a colon or comma or an opening
 * quote — never a sentence end ("…на оштетениот.\nСудот" is no name), except the dot of an
 * abbreviated honorific (Mrs. Ana Novak).
 */
const LEAD_GAP = /^[ \t\u00a0]*[,:]?[ \t\u00a0]*[„"«“'‘(]?[ \t\u00a0]*$/u;
const ABBREVIATION_GAP = /^\.[ \t\u00a0]+$/u;
const NAME_GAP = /^[\s\-‐‑–]{1,3}$/u;
/** Case endings stripped to compare mentions (Marija/Mariji, Petrović/Petrovića, Hoxha/Hoxhës). */
const ENDINGS = ['ovima', 'evima', 'ima', 'ama', 'jem', 'ja', 'ju', 'om', 'em', 'og', 'oj', 'ov', 'ev', 'in', 'it', 'ut', 'un', 'es', 'en', 'et', 'ot', 'ta', 'te', 'a', 'e', 'i', 'o', 'u'];

/** The comparison stems of a folded name word: itself, without each ending, and without a fleeting a. */
export function nameStems(key: string): string[] {
  const stems = new Set<string>([key]);
  for (const ending of ENDINGS) {
    const min = ending.length === 1 ? 2 : 3;
    if (key.endsWith(ending) && key.length - ending.length >= min) stems.add(key.slice(0, -ending.length));
  }
  for (const stem of [...stems]) {
    if (stem.length >= 4 && /[^aeiou]a[rlck]$/.test(stem)) stems.add(stem.slice(0, -2) + stem.slice(-1));
  }
  return [...stems];
}

interface Entity {
  key: string;
  /** Inflected forms of the captured words and of their possible bases (name-forms.ts): "Vuka" → Vuk, Vuku, Vukom … */
  forms: Set<string>;
  stems: Set<string>;
  /** Stem of the last word, for matching a later full mention to the same person. */
  lastStems: Set<string>;
}

interface WordInfo {
  stems: string[];
  forms: Set<string>;
}

function isNameWord(text: string, token: Token): boolean {
  if (token.numeric || !token.capitalised) return false;
  if (FUNCTION_WORDS.has(token.key) || ROLE_WORDS.has(token.key)) return false;
  // "AA", "BB": the courts' own pseudonyms, not names.
  if (token.text.length <= 3 && token.text === token.text.toUpperCase() && text.charAt(token.end) !== '.') return false;
  return true;
}

function isInitial(text: string, token: Token): boolean {
  return token.capitalised && token.end - token.start <= 2 && text.charAt(token.end) === '.';
}

export class UnknownNames {
  private readonly entities: Entity[] = [];
  /** Which captured person a word names, per folded word (most words of a text recur). */
  private readonly wordOwner = new Map<string, Entity | null>();
  private readonly words = new Map<string, WordInfo>();
  private readonly stems = new Map<string, string[]>();
  private readonly bySignature = new Map<string, Entity>();

  /**
   * Names after (or before) role words, then every later mention of them. `covered` holds the
   * token indices already taken by persons the vault knows, which are never re-read as unknown.
   */
  find(text: string, tokens: readonly Token[], covered: ReadonlySet<number>): Detection[] {
    const captured: { from: number; to: number; entity: Entity }[] = [];
    tokens.forEach((token, i) => {
      if (token.numeric) return;
      if (KINSHIP_WORDS.has(token.key)) {
        // "син на Петар": skip one connector to reach the parent's name.
        const next = tokens[i + 1];
        const at = next && KINSHIP_CONNECTORS.has(next.key) && !next.capitalised ? i + 1 : i;
        const parent = this.nameAfter(text, tokens, at, covered);
        if (parent) captured.push({ ...parent, entity: this.entityFor(tokens, parent.from, parent.to) });
        return;
      }
      if (!ROLE_WORDS.has(token.key)) return;
      const after = this.nameAfter(text, tokens, i, covered);
      if (after) captured.push({ ...after, entity: this.entityFor(tokens, after.from, after.to) });
      const before = this.nameBefore(text, tokens, i, covered);
      if (before) captured.push({ ...before, entity: this.entityFor(tokens, before.from, before.to) });
    });
    const detections = captured.map(({ from, to, entity }) => this.detection(tokens, from, to, entity, 'role-word-name'));
    const inCapture = new Set<number>();
    for (const c of captured) for (let i = c.from; i <= c.to; i++) inCapture.add(i);
    detections.push(...this.repeatedMentions(text, tokens, covered, inCapture));
    return detections;
  }

  private nameAfter(text: string, tokens: readonly Token[], roleIndex: number, covered: ReadonlySet<number>): { from: number; to: number } | null {
    const role = tokens[roleIndex];
    const first = tokens[roleIndex + 1];
    if (!role || !first || covered.has(roleIndex + 1)) return null;
    const gap = text.slice(role.end, first.start);
    if (!(gap !== '' && LEAD_GAP.test(gap)) && !(ABBREVIATED_ROLE_WORDS.has(role.key) && ABBREVIATION_GAP.test(gap))) return null;
    if (!isNameWord(text, first)) return null;
    let to = roleIndex + 1;
    while (to - roleIndex < MAX_NAME_WORDS) {
      const current = tokens[to];
      const next = tokens[to + 1];
      if (!current || !next || covered.has(to + 1) || !isNameWord(text, next)) break;
      let gap = text.slice(current.end, next.start);
      if (isInitial(text, current)) gap = gap.slice(1);
      if (gap !== '' && !NAME_GAP.test(gap)) break;
      to++;
    }
    return { from: roleIndex + 1, to };
  }

  /** "John Smith, the victim": two or more capitalised words, a comma, maybe "the", the role word. */
  private nameBefore(text: string, tokens: readonly Token[], roleIndex: number, covered: ReadonlySet<number>): { from: number; to: number } | null {
    let j = roleIndex - 1;
    if (tokens[j]?.text.toLowerCase() === 'the') j--;
    const last = tokens[j];
    if (!last || !/^\s*[,(]\s*(?:the\s+)?$/iu.test(text.slice(last.end, tokens[roleIndex]?.start ?? last.end))) return null;
    let from = j;
    while (from > 0 && j - from < MAX_NAME_WORDS - 1) {
      const prev = tokens[from - 1];
      const cur = tokens[from];
      if (!prev || !cur || !NAME_GAP.test(text.slice(prev.end, cur.start))) break;
      if (!isNameWord(text, prev)) break;
      from--;
    }
    for (let i = from; i <= j; i++) {
      const t = tokens[i];
      if (!t || covered.has(i) || !isNameWord(text, t)) return null;
    }
    return j - from >= 1 ? { from, to: j } : null;
  }

  private stemsOf(key: string): string[] {
    let stems = this.stems.get(key);
    if (!stems) {
      stems = nameStems(key);
      this.stems.set(key, stems);
    }
    return stems;
  }

  /** Stems and forms of one captured word, computed once per word. */
  private wordInfo(key: string): WordInfo {
    let info = this.words.get(key);
    if (!info) {
      const stems = this.stemsOf(key);
      const forms = new Set<string>();
      // The captured word may itself be inflected ("okrivljenog Vuka"): take the forms of each
      // possible base too, so that a later "Vuk" is the same person.
      for (const stem of stems) if (stem.length >= 3) for (const f of nameForms(stem)) forms.add(f);
      info = { stems, forms };
      this.words.set(key, info);
    }
    return info;
  }

  private entityFor(tokens: readonly Token[], from: number, to: number): Entity {
    const keys: string[] = [];
    for (let i = from; i <= to; i++) {
      const token = tokens[i];
      if (token && token.end - token.start > 2) keys.push(token.key);
    }
    // The same words captured again (every "син на Петар" of a long file) are the same person.
    const signature = keys.join(' ');
    const seen = this.bySignature.get(signature);
    if (seen) return seen;
    const stems = new Set<string>();
    const forms = new Set<string>();
    for (const key of keys) {
      const info = this.wordInfo(key);
      for (const stem of info.stems) stems.add(stem);
      for (const form of info.forms) forms.add(form);
    }
    const lastKey = keys[keys.length - 1];
    const lastStems = new Set(lastKey === undefined ? [] : this.wordInfo(lastKey).stems);
    const single = keys.length === 1;
    // A later capture of the same surname, or a single word of a known entity, is that person.
    let same: Entity | undefined;
    for (let k = this.entities.length - 1; k >= 0 && !same; k--) {
      const e = this.entities[k];
      if (!e) continue;
      for (const stem of lastStems) if (e.lastStems.has(stem)) same = e;
      if (single && !same) for (const stem of stems) if (e.stems.has(stem)) same = e;
    }
    const entity: Entity = same ?? { key: `unknown-${this.entities.length + 1}`, forms: new Set(), stems: new Set(), lastStems };
    for (const stem of stems) entity.stems.add(stem);
    for (const form of forms) entity.forms.add(form);
    if (!same) this.entities.push(entity);
    this.wordOwner.clear();
    this.bySignature.set(signature, entity);
    return entity;
  }

  /** Capitalised words elsewhere whose stems match a captured person's words. */
  private repeatedMentions(text: string, tokens: readonly Token[], covered: ReadonlySet<number>, inCapture: ReadonlySet<number>): Detection[] {
    if (this.entities.length === 0) return [];
    const found: Detection[] = [];
    let run: { from: number; to: number; entity: Entity } | null = null;
    const flush = (): void => {
      if (run) found.push(this.detection(tokens, run.from, run.to, run.entity, 'repeated-name'));
      run = null;
    };
    tokens.forEach((token, i) => {
      const entity = covered.has(i) || inCapture.has(i) || !isNameWord(text, token) ? undefined : this.entityOfWord(token.key);
      if (!entity) {
        flush();
        return;
      }
      const previous = tokens[i - 1];
      if (run && run.entity === entity && run.to === i - 1 && previous && NAME_GAP.test(text.slice(previous.end, token.start))) {
        run.to = i;
      } else {
        flush();
        run = { from: i, to: i, entity };
      }
    });
    flush();
    return found;
  }

  /**
   * The captured person a later word names: one of its inflected forms, or (for words of five
   * letters or more) a shared stem — a bare "Mark" at a sentence start is not "Marko".
   */
  private entityOfWord(key: string): Entity | undefined {
    const known = this.wordOwner.get(key);
    if (known !== undefined) return known ?? undefined;
    const stems = key.length >= 5 ? this.stemsOf(key) : [];
    let owner: Entity | null = null;
    for (let k = this.entities.length - 1; k >= 0 && owner === null; k--) {
      const entity = this.entities[k];
      if (entity && (entity.forms.has(key) || stems.some((s) => entity.stems.has(s)))) owner = entity;
    }
    this.wordOwner.set(key, owner);
    return owner ?? undefined;
  }

  private detection(tokens: readonly Token[], from: number, to: number, entity: Entity, detector: 'role-word-name' | 'repeated-name'): Detection {
    return {
      kind: 'person',
      start: tokens[from]?.start ?? 0,
      end: tokens[to]?.end ?? 0,
      personId: null,
      detector,
      confidence: 'low',
      unknownPersonKey: entity.key,
    };
  }
}
