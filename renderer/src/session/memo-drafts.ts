// Memo text the user typed but the vault has not stored yet. USERS.md: "After 10 minutes the
// vault locks itself. Nothing she typed is lost." Drafts live only in this module's memory
// (never in localStorage, IndexedDB or a file: no plaintext outside the vault), survive the
// lock screen, and are saved again right after unlock. Everything else is dropped on lock.
// All memo saves go through here, so an editor and a flush never create the same memo twice.
import type { Memo } from '../../../shared/domain/memo';
import { ApiError, errorCode, type ClientErrorCode } from '../api/api-error';
import { dossier } from '../api/client';

export interface MemoDraft {
  key: string;
  caseId: string;
  /** null until the memo exists in the vault. */
  memoId: string | null;
  text: string;
}

interface Entry extends MemoDraft {
  saving: Promise<void> | null;
}

export type SaveOutcome =
  | { kind: 'saved'; memo: Memo | null }
  | { kind: 'empty' }
  | { kind: 'failed'; code: ClientErrorCode };

const drafts = new Map<string, Entry>();
let nextLocalId = 1;

export function newDraftKey(): string {
  return `new:${nextLocalId++}`;
}

export function memoDraftKey(memoId: string): string {
  return `memo:${memoId}`;
}

/** Records what is in an editor now; it stays pending until saveDraft stores it. */
export function putDraft(draft: MemoDraft): void {
  const entry = drafts.get(draft.key);
  if (entry) {
    entry.text = draft.text;
    entry.memoId = entry.memoId ?? draft.memoId;
  } else {
    drafts.set(draft.key, { ...draft, saving: null });
  }
}

export function getDraft(key: string): MemoDraft | undefined {
  const entry = drafts.get(key);
  return entry && { key: entry.key, caseId: entry.caseId, memoId: entry.memoId, text: entry.text };
}

export function discardDraft(key: string): void {
  drafts.delete(key);
}

export function pendingDrafts(caseId?: string): MemoDraft[] {
  return [...drafts.values()]
    .filter((d) => caseId === undefined || d.caseId === caseId)
    .map((d) => ({ key: d.key, caseId: d.caseId, memoId: d.memoId, text: d.text }));
}

async function store(entry: Entry, text: string): Promise<Memo> {
  if (entry.memoId === null) return dossier.memos.create({ caseId: entry.caseId, text });
  try {
    return await dossier.memos.update({ id: entry.memoId, text });
  } catch (err) {
    // The memo was deleted meanwhile: keep the words as a new memo rather than lose them.
    if (err instanceof ApiError && err.code === 'NOT_FOUND') return dossier.memos.create({ caseId: entry.caseId, text });
    throw err;
  }
}

/** Saves the draft's current text; the draft is forgotten once the vault holds exactly it. */
export async function saveDraft(key: string): Promise<SaveOutcome> {
  const entry = drafts.get(key);
  if (!entry) return { kind: 'saved', memo: null };
  while (entry.saving) await entry.saving;
  if (!drafts.has(key)) return { kind: 'saved', memo: null };
  // Memos are never empty (MemoCreate: min 1); an emptied memo is deleted on purpose instead.
  if (entry.text.trim().length === 0) return { kind: 'empty' };
  const text = entry.text;
  const attempt = store(entry, text).then(
    (memo) => ({ ok: true as const, memo }),
    (err: unknown) => ({ ok: false as const, code: errorCode(err) }),
  );
  // The id is taken inside the chain, before anyone waiting on `saving` looks at it.
  const mine = attempt.then((result) => {
    if (result.ok) entry.memoId = result.memo.id;
  });
  entry.saving = mine;
  const result = await attempt;
  await mine;
  if (entry.saving === mine) entry.saving = null;
  if (!result.ok) return { kind: 'failed', code: result.code };
  if (entry.text === text) drafts.delete(key);
  return { kind: 'saved', memo: result.memo };
}

/** Saves every pending draft (before a manual lock, and again after unlock). */
export async function saveAllDrafts(): Promise<{ saved: number; failed: number }> {
  let saved = 0;
  let failed = 0;
  for (const key of [...drafts.keys()]) {
    const outcome = await saveDraft(key);
    if (outcome.kind === 'saved') saved++;
    else failed++;
  }
  return { saved, failed };
}
