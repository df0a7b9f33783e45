// Coded values the reviewer entered that the vault has not confirmed yet. Like memo drafts
// (USERS.md: "Nothing she typed is lost"), they live only in this module's memory, never in
// web storage or a file, survive the lock screen, and are saved right after unlock. Every
// coding save goes through `saveCoding`, which names the revision it was based on, so a value
// changed meanwhile in another window is reported as CONFLICT instead of overwritten.
import type { CodingValue } from '../../../shared/codebook/validate-value';
import type { Coding } from '../../../shared/domain/coding';
import { errorCode, type ClientErrorCode } from '../api/api-error';
import { dossier } from '../api/client';

export interface CodingTarget {
  caseId: string;
  stageId: string;
  fieldId: string;
  personId: string | null;
}

export interface CodingDraft extends CodingTarget {
  /** null clears the value. */
  value: CodingValue | null;
  /** The revision the reviewer saw; null when the value did not exist. */
  expectedRevision: number | null;
}

export type CodingSaveOutcome =
  | { kind: 'saved'; coding: Coding | null }
  | { kind: 'failed'; code: ClientErrorCode; message: string };

const pending = new Map<string, CodingDraft>();
/** One save at a time per value, so each names the revision the previous one produced. */
const chains = new Map<string, Promise<unknown>>();
/** The newest revision this window knows of each value (null: no value in the vault). */
const known = new Map<string, number | null>();

/** Records the revision a save made outside saveCoding produced (citing evidence). */
export function noteRevision(coding: Coding): void {
  known.set(codingKey(coding), coding.revision);
}

/** Records the revisions just read from the vault (opening a case, reloading after a conflict). */
export function noteRevisions(caseId: string, codings: readonly Coding[]): void {
  for (const key of [...known.keys()]) if (key.startsWith(`${caseId}|`)) known.delete(key);
  for (const c of codings) known.set(codingKey(c), c.revision);
}

export function codingKey(t: CodingTarget): string {
  return `${t.caseId}|${t.stageId}|${t.fieldId}|${t.personId ?? ''}`;
}

export function pendingCodingCount(): number {
  return pending.size;
}

/**
 * Holds a value being typed without sending it yet (the field saves after a pause). If the
 * vault locks first, the value is saved with the rest right after unlock.
 */
export function holdCoding(draft: CodingDraft): void {
  pending.set(codingKey(draft), draft);
}

/**
 * Saves one value. The draft stays pending until the vault answers, so a lock in between
 * keeps it for the save after unlock. A refused save (VALIDATION, CONFLICT) is not retried.
 */
export function saveCoding(draft: CodingDraft): Promise<CodingSaveOutcome> {
  const key = codingKey(draft);
  pending.set(key, draft);
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.then(() => send(key, draft));
  chains.set(key, run.catch(() => undefined));
  return run;
}

async function send(key: string, draft: CodingDraft): Promise<CodingSaveOutcome> {
  const target = { caseId: draft.caseId, stageId: draft.stageId, fieldId: draft.fieldId, personId: draft.personId };
  // A quick second change of the same value is based on the first one's result, not on
  // what the form showed before either was saved.
  const expectedRevision = known.has(key) ? (known.get(key) ?? null) : draft.expectedRevision;
  try {
    const coding =
      draft.value === null
        ? (await dossier.codings.clear({ ...target, expectedRevision }), null)
        : await dossier.codings.set({ ...target, value: draft.value, expectedRevision });
    known.set(key, coding ? coding.revision : null);
    if (pending.get(key) === draft) pending.delete(key);
    return { kind: 'saved', coding };
  } catch (err) {
    const code = errorCode(err);
    // LOCKED / UNAVAILABLE: keep the draft for after unlock. Anything else was refused.
    if (code !== 'LOCKED' && code !== 'UNAVAILABLE' && pending.get(key) === draft) pending.delete(key);
    return { kind: 'failed', code, message: err instanceof Error ? err.message : '' };
  }
}

/** Saves every value still pending (before a manual lock, and after unlock). */
export async function saveAllCodings(): Promise<{ saved: number; failed: number }> {
  let saved = 0;
  let failed = 0;
  for (const draft of [...pending.values()]) {
    const outcome = await saveCoding(draft);
    if (outcome.kind === 'saved') saved++;
    else failed++;
  }
  return { saved, failed };
}
