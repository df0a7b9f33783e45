// Memo drafts: nothing typed is lost when a save fails or the vault locks, and concurrent
// saves of one draft never create the memo twice (USERS.md: "Nothing she typed is lost").
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Memo } from '../../../shared/domain/memo';
import type { Result } from '../../../shared/result';
import {
  discardDraft,
  getDraft,
  memoDraftKey,
  newDraftKey,
  pendingDrafts,
  putDraft,
  saveAllDrafts,
  saveDraft,
} from '../../../renderer/src/session/memo-drafts';

interface FakeVault {
  memos: Map<string, Memo>;
  locked: boolean;
  calls: string[];
}

let vault: FakeVault;

function memo(id: string, caseId: string, text: string): Memo {
  return { id, caseId, documentId: null, text, authorId: 'r', createdAt: '', updatedAt: '' };
}

beforeEach(() => {
  vault = { memos: new Map(), locked: false, calls: [] };
  let next = 1;
  const answer = async <T>(value: () => T): Promise<Result<T>> => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (vault.locked) return { ok: false, error: { code: 'LOCKED', message: 'locked' } };
    try {
      return { ok: true, value: value() };
    } catch {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } };
    }
  };
  const memos = {
    create: (req: { caseId: string; text: string }) => {
      vault.calls.push('create');
      return answer(() => {
        const created = memo(`m${next++}`, req.caseId, req.text);
        vault.memos.set(created.id, created);
        return created;
      });
    },
    update: (req: { id: string; text: string }) => {
      vault.calls.push('update');
      return answer(() => {
        const found = vault.memos.get(req.id);
        if (!found) throw new Error('missing');
        found.text = req.text;
        return found;
      });
    },
  };
  (globalThis as { window?: unknown }).window = { dossier: { memos, on: () => () => undefined } };
});

afterEach(() => {
  for (const d of pendingDrafts()) discardDraft(d.key);
  delete (globalThis as { window?: unknown }).window;
});

describe('memo drafts', () => {
  it('creates a new memo once, even when two saves race', async () => {
    const key = newDraftKey();
    putDraft({ key, caseId: 'c1', memoId: null, text: 'first words' });
    const [a, b] = await Promise.all([saveDraft(key), saveDraft(key)]);
    expect(a.kind).toBe('saved');
    expect(b.kind).toBe('saved');
    expect(vault.calls.filter((c) => c === 'create')).toHaveLength(1);
    expect([...vault.memos.values()].map((m) => m.text)).toEqual(['first words']);
    expect(getDraft(key)).toBeUndefined();
  });

  it('keeps the text in memory when the vault is locked, and saves it after unlock', async () => {
    const key = newDraftKey();
    putDraft({ key, caseId: 'c1', memoId: null, text: 'typed before the lock' });
    vault.locked = true;
    const failed = await saveDraft(key);
    expect(failed).toEqual({ kind: 'failed', code: 'LOCKED' });
    expect(pendingDrafts('c1').map((d) => d.text)).toEqual(['typed before the lock']);
    vault.locked = false;
    expect(await saveAllDrafts()).toEqual({ saved: 1, failed: 0 });
    expect(pendingDrafts()).toEqual([]);
    expect([...vault.memos.values()].map((m) => m.text)).toEqual(['typed before the lock']);
  });

  it('stays pending when the text changed during a save', async () => {
    const key = newDraftKey();
    putDraft({ key, caseId: 'c1', memoId: null, text: 'one' });
    const saving = saveDraft(key);
    putDraft({ key, caseId: 'c1', memoId: null, text: 'one two' });
    await saving;
    expect(getDraft(key)?.text).toBe('one two');
    expect(getDraft(key)?.memoId).not.toBeNull();
    await saveDraft(key);
    expect(vault.calls).toEqual(['create', 'update']);
    expect([...vault.memos.values()].map((m) => m.text)).toEqual(['one two']);
  });

  it('keeps the words as a new memo when the edited memo was deleted meanwhile', async () => {
    const key = memoDraftKey('gone');
    putDraft({ key, caseId: 'c1', memoId: 'gone', text: 'still wanted' });
    expect((await saveDraft(key)).kind).toBe('saved');
    expect(vault.calls).toEqual(['update', 'create']);
    expect([...vault.memos.values()].map((m) => m.text)).toEqual(['still wanted']);
  });

  it('never sends an empty memo', async () => {
    const key = newDraftKey();
    putDraft({ key, caseId: 'c1', memoId: null, text: '   ' });
    expect(await saveDraft(key)).toEqual({ kind: 'empty' });
    expect(vault.calls).toEqual([]);
  });
});
